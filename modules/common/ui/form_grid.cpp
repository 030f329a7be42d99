#include "common/ui/form_grid.h"

#include <algorithm>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "common/ui/field_key.h"
#include "common/ui/titled_box.h"
#include "common/ui/wx_text.h"

namespace knotwork::ui {

namespace {

constexpr int kTextFieldWidth = 340;
// Labels of every box start their fields at the same place, as far as the labels allow.
constexpr int kLabelWidth = 170;

bool spansLines(FieldWidth width)
{
    return width == FieldWidth::Full;
}

} // namespace

std::string trimmedText(const wxTextCtrl& field)
{
    return knotwork::ui::toUtf8(field.GetValue().Strip(wxString::both));
}

std::string typedText(const wxTextCtrl& field)
{
    return knotwork::ui::toUtf8(field.GetValue());
}

int relatedGap(const wxWindow& window)
{
    return window.FromDIP(8);
}

int groupGap(const wxWindow& window)
{
    return window.FromDIP(16);
}

FormGrid::FormGrid(wxWindow* parent, const wxString& title, FieldErrorMarkers& markers)
    : m_box(titledBox(parent, title)), m_markers(markers)
{
    m_parent = m_box->GetStaticBox();
    const int gap = relatedGap(*m_parent);
    m_column = new wxBoxSizer(wxVERTICAL);
    m_box->Add(m_column, wxSizerFlags(1).Expand().Border(wxALL, gap));
    m_grid = new wxFlexGridSizer(2, gap, 2 * gap);
    m_grid->AddGrowableCol(1, 1);
}

FormGrid::~FormGrid()
{
    if (!m_gridPlaced)
        delete m_grid;
}

void FormGrid::place(wxSizerItem* item)
{
    item->SetFlag(item->GetFlag() | wxEXPAND | wxTOP);
    item->SetBorder(m_column->IsEmpty() ? 0 : relatedGap(*m_parent));
    m_column->Add(item);
}

wxStaticText* FormGrid::addLabel(const wxString& label, const wxWindow& alignWith, FieldWidth width)
{
    if (!m_gridPlaced) {
        place(new wxSizerItem(m_grid));
        m_gridPlaced = true;
    }
    auto* text = new wxStaticText(m_parent, wxID_ANY, label);
    text->SetMinSize(wxSize(std::max(text->GetBestSize().x, m_parent->FromDIP(kLabelWidth)), -1));
    // Level with the first line of the field, not with the field and its error line together.
    const int fieldLine = spansLines(width) ? m_parent->GetCharHeight() + m_parent->FromDIP(9)
                                            : alignWith.GetBestSize().y;
    const int top = std::max(0, (fieldLine - text->GetBestSize().y) / 2);
    m_grid->Add(text, wxSizerFlags().Top().Border(wxTOP, top));
    return text;
}

void FormGrid::add(const wxString& label, wxWindow* field, FieldWidth width)
{
    const std::string key = fieldKey(*field);
    if (width == FieldWidth::Text)
        field->SetMinSize(wxSize(m_parent->FromDIP(kTextFieldWidth), -1));
    wxStaticText* text = addLabel(label, *field, width);
    m_grid->Add(withErrorLine(m_parent, field, m_markers, key, width == FieldWidth::Full),
                wxSizerFlags().Expand());
    m_fields.push_back(field);
    m_markers.setLabel(key, text);
}

void FormGrid::add(const wxString& label, wxSizer* fields, wxWindow* focus, const std::string& key,
                   FieldWidth width)
{
    wxStaticText* text = addLabel(label, *focus, width);
    m_grid->Add(withErrorLine(m_parent, fields, focus, m_markers, key, width == FieldWidth::Full),
                wxSizerFlags().Expand());
    m_markers.setLabel(key, text);
}

wxTextCtrl* FormGrid::addText(const wxString& label, const std::string& key)
{
    auto* text = new wxTextCtrl(m_parent, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0,
                                wxDefaultValidator, wxString::FromUTF8(key));
    add(label, text, FieldWidth::Text);
    return text;
}

wxTextCtrl* FormGrid::addMultiLine(const wxString& label, const std::string& key, int lines)
{
    auto* text = new wxTextCtrl(m_parent, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                wxTE_MULTILINE, wxDefaultValidator, wxString::FromUTF8(key));
    text->SetMinSize(wxSize(-1, text->GetCharHeight() * lines + m_parent->FromDIP(12)));
    add(label, text, FieldWidth::Full);
    return text;
}

void FormGrid::addWide(wxWindow* window, int proportion)
{
    place(new wxSizerItem(window, proportion));
}

void FormGrid::addNatural(wxWindow* window)
{
    auto* item = new wxSizerItem(window);
    place(item);
    item->SetFlag(item->GetFlag() & ~wxEXPAND);
}

void FormGrid::addWide(wxSizer* sizer)
{
    place(new wxSizerItem(sizer));
}

void FormGrid::addNote(const wxString& text)
{
    auto* note = new wxStaticText(m_parent, wxID_ANY, text);
    note->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    note->Wrap(m_parent->FromDIP(720));
    addNatural(note);
}

} // namespace knotwork::ui
