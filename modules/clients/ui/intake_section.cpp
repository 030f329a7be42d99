#include "clients/ui/intake_section.h"

#include <wx/sizer.h>
#include <wx/statbox.h>

#include "common/ui/form_grid.h"

namespace knotwork::clients::ui {

using knotwork::ui::groupGap;

IntakeSection::IntakeSection(wxWindow* parent) : m_parent(parent), m_sizer(new wxBoxSizer(wxVERTICAL))
{
}

wxSizer* IntakeSection::sizer() const
{
    return m_sizer;
}

void IntakeSection::addBox(wxSizer* box)
{
    if (auto* titled = dynamic_cast<wxStaticBoxSizer*>(box); titled && !m_top)
        m_top = titled->GetStaticBox();
    m_sizer->Add(box, wxSizerFlags().Expand().Border(wxTOP, m_sizer->IsEmpty() ? 0 : groupGap(*m_parent)));
}

} // namespace knotwork::clients::ui
