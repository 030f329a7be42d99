#include "common/ui/optional_date_field.h"

#include <wx/checkbox.h>
#include <wx/datectrl.h>
#include <wx/sizer.h>

#include "common/ui/accessibility.h"
#include "common/ui/field_naming.h"
#include "common/ui/wx_date.h"

namespace knotwork::ui {

OptionalDateField::OptionalDateField(wxWindow* parent, const wxString& name, const wxString& known)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, name)
{
    m_known = new wxCheckBox(this, wxID_ANY, known, wxDefaultPosition, wxDefaultSize, 0,
                             wxDefaultValidator, name + ".known");
    m_picker = new wxDatePickerCtrl(this, wxID_ANY, wxDefaultDateTime, wxDefaultPosition, wxDefaultSize,
                                    wxDP_DROPDOWN | wxDP_SHOWCENTURY | wxDP_ALLOWNONE, wxDefaultValidator,
                                    name + ".date");
    m_picker->SetValue(wxInvalidDateTime);
    m_picker->Disable();
    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    sizer->Add(m_known, wxSizerFlags().CentreVertical());
    sizer->Add(m_picker, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(8)));
    SetSizer(sizer);
    m_known->Bind(wxEVT_CHECKBOX, &OptionalDateField::onKnownChanged, this);
}

void OptionalDateField::setDate(const std::optional<Date>& date)
{
    m_known->SetValue(date.has_value());
    m_picker->Enable(date.has_value());
    m_picker->SetValue(date ? toWxDate(*date) : wxInvalidDateTime);
}

std::optional<Date> OptionalDateField::date() const
{
    if (!m_known->IsChecked())
        return std::nullopt;
    return fromWxDate(m_picker->GetValue());
}

void OptionalDateField::SetFocus()
{
    if (m_picker->IsEnabled())
        m_picker->SetFocus();
    else
        m_known->SetFocus();
}

void OptionalDateField::onKnownChanged(wxCommandEvent& event)
{
    m_picker->Enable(m_known->IsChecked());
    if (!m_known->IsChecked())
        m_picker->SetValue(wxInvalidDateTime);
    else if (!m_picker->GetValue().IsValid())
        m_picker->SetValue(wxDateTime::Today());
    if (m_known->IsChecked())
        m_picker->SetFocus();
    event.Skip();  // the form notes the change
}

wxWindow& OptionalDateField::focusControl()
{
    return *m_known;
}

void OptionalDateField::nameAs(const wxString& name)
{
    setAccessibleName(*m_known, wxString::Format(_("%s, %s"), name, m_known->GetLabelText()));
    nameField(*m_picker, name);
}

} // namespace knotwork::ui
