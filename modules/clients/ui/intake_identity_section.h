#pragma once

#include "clients/ui/intake_section.h"

class wxTextCtrl;

namespace knotwork::ui {
class FieldErrorMarkers;
class NumberField;
class OptionalDateField;
}

namespace knotwork::clients::ui {


// Identity and contact, and the emergency contact.
class IntakeIdentitySection : public IntakeSection {
public:
    IntakeIdentitySection(wxWindow* parent, knotwork::ui::FieldErrorMarkers& markers);

    void load(const IntakeRecord& record) override;
    void store(IntakeRecord& record, Validator& problems) const override;

private:
    wxTextCtrl* m_familyName;
    wxTextCtrl* m_givenNames;
    wxTextCtrl* m_preferredName;
    wxTextCtrl* m_pronouns;
    knotwork::ui::OptionalDateField* m_dateOfBirth;
    wxTextCtrl* m_phone;
    wxTextCtrl* m_email;
    wxTextCtrl* m_address;
    wxTextCtrl* m_occupation;
    knotwork::ui::NumberField* m_screenHours;
    wxTextCtrl* m_notes;
    wxTextCtrl* m_contactName;
    wxTextCtrl* m_contactRelationship;
    wxTextCtrl* m_contactPhone;
};

} // namespace knotwork::clients::ui
