#include "clients/ui/fact_sheet.h"
#include "common/ui/spacing.h"

#include <algorithm>
#include <wx/intl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statline.h>
#include <wx/stattext.h>

namespace knotwork::clients::ui {

namespace {
using knotwork::ui::kWindowMargin;
constexpr int kLabelWidth = 180;
constexpr int kColumnGap = 16;
constexpr int kRowGap = 8;
constexpr int kGroupGap = 20;
constexpr int kNarrowest = 200;  // text is wrapped no narrower, scrolled sideways

// wx 3.2 has no public way to quote text for label markup.
wxString markupText(wxString text)
{
    text.Replace("&", "&amp;");
    text.Replace("<", "&lt;");
    text.Replace(">", "&gt;");
    return text;
}

} // namespace

FactSheet::FactSheet(wxWindow* parent, const wxString& name)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxTAB_TRAVERSAL, name)
{
    SetScrollRate(0, FromDIP(12));
    clear();
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        if (GetClientSize().x != m_wrappedAt)
            CallAfter([this] { rewrap(); });
    });
}

void FactSheet::clear()
{
    DestroyChildren();
    m_texts.clear();
    m_column = new wxBoxSizer(wxVERTICAL);
    m_grid = nullptr;
    SetSizer(m_column);  // deletes the previous sizer
}

void FactSheet::beginGroup(const wxString& title)
{
    m_column->AddSpacer(FromDIP(m_column->IsEmpty() ? kWindowMargin : kGroupGap));
    // Bold through markup: a bold font set on a label built while the page is frozen is
    // measured in the regular weight under GTK, clipping the heading.
    auto* heading = new wxStaticText(this, wxID_ANY, wxString());
    heading->SetLabelMarkup("<b>" + markupText(title) + "</b>");
    m_column->Add(heading, wxSizerFlags().Border(wxLEFT | wxRIGHT, FromDIP(kWindowMargin)));
    m_column->AddSpacer(FromDIP(4));
    m_column->Add(new wxStaticLine(this), wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, FromDIP(kWindowMargin)));
    m_column->AddSpacer(FromDIP(kRowGap));
    m_grid = nullptr;
}

wxFlexGridSizer* FactSheet::grid()
{
    if (!m_grid) {
        if (m_column->IsEmpty())
            m_column->AddSpacer(FromDIP(kWindowMargin));
        m_grid = new wxFlexGridSizer(2, FromDIP(wxSize(kColumnGap, kRowGap)));
        m_grid->AddGrowableCol(1);
        m_column->Add(m_grid, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, FromDIP(kWindowMargin)));
        m_column->AddSpacer(FromDIP(kRowGap));
    }
    return m_grid;
}

int FactSheet::wrapWidth(bool acrossLabels) const
{
    const int page = GetClientSize().x - FromDIP(2 * kWindowMargin);
    const int width = acrossLabels ? page : page - FromDIP(kLabelWidth + kColumnGap);
    return std::max(width, FromDIP(kNarrowest));
}

wxStaticText* FactSheet::wrappedText(const wxString& text, bool acrossLabels)
{
    auto* control = new wxStaticText(this, wxID_ANY, text);
    control->Wrap(wrapWidth(acrossLabels));
    m_texts.push_back({control, text, acrossLabels});
    return control;
}

void FactSheet::rewrap()
{
    m_wrappedAt = GetClientSize().x;
    Freeze();
    for (const WrappedText& wrapped : m_texts) {
        wrapped.control->SetLabel(wrapped.text);
        wrapped.control->Wrap(wrapWidth(wrapped.acrossLabels));
    }
    FitInside();
    Layout();
    Thaw();
}

wxSizer* FactSheet::addFact(const wxString& label, const wxString& value)
{
    wxFlexGridSizer* rows = grid();
    auto* name = new wxStaticText(this, wxID_ANY, label);
    name->Wrap(FromDIP(kLabelWidth));
    name->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    name->SetMinSize(wxSize(FromDIP(kLabelWidth), -1));
    rows->Add(name, wxSizerFlags().Top());

    auto* cell = new wxBoxSizer(wxVERTICAL);
    cell->Add(wrappedText(value.empty() ? wxString(_("—")) : value, false));
    auto* extras = new wxBoxSizer(wxHORIZONTAL);
    cell->Add(extras);
    rows->Add(cell, wxSizerFlags().Expand());
    return extras;
}

void FactSheet::addText(const wxString& text)
{
    if (m_column->IsEmpty())
        m_column->AddSpacer(FromDIP(kWindowMargin));
    m_column->Add(wrappedText(text, true), wxSizerFlags().Border(wxLEFT | wxRIGHT, FromDIP(kWindowMargin)));
    m_column->AddSpacer(FromDIP(kRowGap));
    m_grid = nullptr;
}

void FactSheet::finish()
{
    m_column->AddSpacer(FromDIP(kWindowMargin));
    rewrap();
}

} // namespace knotwork::clients::ui
