#include "sessions/ui/note_form_section.h"

#include <wx/checkbox.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/tglbtn.h>
#include <wx/window.h>

#include "common/ui/form_grid.h"
#include "common/ui/field_key.h"

namespace knotwork::sessions::ui {

namespace {

void paint(wxWindow& window, const wxColour& colour)
{
    window.SetForegroundColour(colour);
    for (wxWindow* child : window.GetChildren())
        paint(*child, colour);
    window.Refresh();
}

} // namespace

NoteFormSection::NoteFormSection(wxWindow* parent, Changed changed)
    : m_parent(parent), m_sizer(new wxBoxSizer(wxVERTICAL)), m_changed(std::move(changed))
{
}

wxSizer* NoteFormSection::sizer() const
{
    return m_sizer;
}

void NoteFormSection::addBox(const knotwork::ui::FormGrid& box)
{
    if (!m_top)
        m_top = box.parent();
    m_sizer->Add(box.sizer(), wxSizerFlags().Expand().Border(wxTOP, m_sizer->IsEmpty() ? 0 : knotwork::ui::relatedGap(*m_parent)));
    for (wxWindow* field : box.fields())
        watch(field);
}

void NoteFormSection::watch(wxWindow* control)
{
    const std::string key = knotwork::ui::fieldKey(*control);
    m_watched[key].push_back(control);
    auto report = [this, key](wxCommandEvent& event) {
        event.Skip();
        reportChange(key);
    };
    for (const auto& type : {wxEVT_TEXT, wxEVT_CHECKBOX, wxEVT_TOGGLEBUTTON, wxEVT_CHOICE, wxEVT_RADIOBUTTON})
        control->Bind(type, report);
}

void NoteFormSection::reportChange(const std::string& key)
{
    if (m_loading)
        return;
    refresh();
    if (m_changed)
        m_changed(key);
}

void NoteFormSection::showCarried(const std::set<std::string>& keys)
{
    const wxColour muted = wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT);
    for (const auto& [key, windows] : m_watched)
        for (wxWindow* window : windows)
            paint(*window, keys.contains(key) ? muted : wxNullColour);
}

} // namespace knotwork::sessions::ui
