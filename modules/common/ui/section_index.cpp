#include "common/ui/section_index.h"

#include <cctype>
#include <wx/button.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "common/ui/accessibility.h"
#include "common/ui/form_grid.h"
#include "common/ui/scrolling_form.h"
#include "common/ui/tab_group.h"

namespace knotwork::ui {

namespace {

constexpr int kRoomToSpare = 64;  // more than the index's border and the form's scroll bar

char upper(char key)
{
    return static_cast<char>(std::toupper(static_cast<unsigned char>(key)));
}

// The first control inside `box`, in the order the keyboard reaches them.
wxWindow* firstField(wxWindow& box)
{
    for (wxWindow* child : box.GetChildren())
        if (child->CanAcceptFocusFromKeyboard())
            return child;
    return &box;
}

} // namespace

SectionIndex::SectionIndex(wxWindow* parent, ScrollingForm& form, std::vector<Section> sections, const wxString& name)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, name),
      m_form(form),
      m_sections(std::move(sections)),
      m_topLevel(wxGetTopLevelParent(parent))
{
    const wxColour muted = wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT);
    auto* heading = new wxStaticText(this, wxID_ANY, _("Go to section"));
    heading->SetFont(heading->GetFont().Bold());
    // The shortcuts once, then each section's letter beside it: narrow, so the form keeps its width.
    auto* keys = new wxStaticText(this, wxID_ANY, _("Ctrl+Alt+letter:"));
    keys->SetForegroundColour(muted);
    auto* rows = new wxFlexGridSizer(2, relatedGap(*this) / 2, relatedGap(*this));
    std::vector<wxWindow*> links;
    for (const Section& section : m_sections) {
        const wxString shortcut = shortcutText(section.key);
        auto* letter = new wxStaticText(this, wxID_ANY, wxString(upper(section.key)));
        letter->SetForegroundColour(muted);
        letter->SetFont(letter->GetFont().Bold());
        auto* link = new wxButton(this, wxID_ANY, section.title, wxDefaultPosition, wxDefaultSize,
                                  wxBU_LEFT | wxBU_EXACTFIT | wxBORDER_NONE, wxDefaultValidator,
                                  name + "." + wxString(upper(section.key)));
        link->SetToolTip(wxString::Format(_("Go to %s (%s)"), section.title, shortcut));
        link->Bind(wxEVT_BUTTON, [this, key = section.key](wxCommandEvent&) { jumpTo(key); });
        labelNothing(*letter);
        setAccessibleDescription(*link, shortcut);
        links.push_back(link);
        rows->Add(letter, wxSizerFlags().CentreVertical().Border(wxLEFT, relatedGap(*this) / 2));
        rows->Add(link, wxSizerFlags().Expand());
    }
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(heading);
    column->Add(keys, wxSizerFlags().Border(wxBOTTOM, relatedGap(*this) / 2));
    column->Add(rows);
    SetSizer(column);
    // One Tab stop, the arrow keys going from section to section; a reader hears the group's name.
    oneTabStop(links);
    setAccessibleRole(*this, AccessibleRole::Group);
    setAccessibleName(*this, heading->GetLabelText());
    labelNothing(*heading);
    labelNothing(*keys);
    for (const Section& section : m_sections)
        m_titles.push_back(section.top->GetLabel());
    if (m_topLevel)
        m_topLevel->Bind(wxEVT_CHAR_HOOK, &SectionIndex::onCharHook, this);
    m_form.Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        CallAfter(&SectionIndex::fitBesideForm);
    });
}

void SectionIndex::fitBesideForm()
{
    wxSizer* content = m_form.GetSizer();
    if (!content)
        return;
    // Measured once, at the form's first layout: texts that wrap to the width they are given
    // would make a wider form "need" more.
    if (m_formNeeds == 0)
        m_formNeeds = content->GetMinSize().x;
    const int needed = m_formNeeds;
    const int width = m_form.GetClientSize().x;
    // Back only with room to spare, so that showing it never leaves the form too narrow again.
    const bool show = IsShown() ? width >= needed : width - GetBestSize().x - FromDIP(kRoomToSpare) >= needed;
    if (show == IsShown())
        return;
    Show(show);
    for (std::size_t i = 0; i < m_sections.size(); ++i)
        m_sections[i].top->SetLabel(show ? m_titles[i]
                                         : wxString::Format(_("%s (%s)"), m_titles[i], shortcutText(m_sections[i].key)));
    GetParent()->Layout();
}

SectionIndex::~SectionIndex()
{
    if (m_topLevel)
        m_topLevel->Unbind(wxEVT_CHAR_HOOK, &SectionIndex::onCharHook, this);
}

wxString SectionIndex::shortcutText(char key)
{
    return wxString::Format(_("Ctrl+Alt+%c"), upper(key));
}

bool SectionIndex::jumpTo(char key)
{
    for (const Section& section : m_sections) {
        if (upper(section.key) != upper(key))
            continue;
        m_form.scrollToTop(*section.top);
        (section.field ? section.field : firstField(*section.top))->SetFocus();
        return true;
    }
    return false;
}

void SectionIndex::onCharHook(wxKeyEvent& event)
{
    const int code = event.GetKeyCode();
    if (event.GetModifiers() == (wxMOD_CONTROL | wxMOD_ALT) && code > 0 && code < 128 && m_form.IsShownOnScreen()
        && jumpTo(static_cast<char>(code)))
        return;
    event.Skip();
}

} // namespace knotwork::ui
