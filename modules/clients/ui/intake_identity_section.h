#pragma once

#include "clients/ui/intake_section.h"

class wxTextCtrl;

namespace knotwork::clients::ui {

class FieldErrorMarkers;
class NumberField;
class OptionalDateField;

// Identity and contact, and the emergency contact.
class IntakeIdentitySection : public IntakeSection {
public:
    IntakeIdentitySection(wxWindow* parent, FieldErrorMarkers& markers);

    void load(const IntakeRecord& record) override;
    void store(IntakeRecord& record, Validator& problems) const override;

private:
    wxTextCtrl* m_familyName;
    wxTextCtrl* m_givenNames;
    wxTextCtrl* m_preferredName;
    wxTextCtrl* m_pronouns;
    OptionalDateField* m_dateOfBirth;
    wxTextCtrl* m_phone;
    wxTextCtrl* m_email;
    wxTextCtrl* m_address;
    wxTextCtrl* m_occupation;
    NumberField* m_screenHours;
    wxTextCtrl* m_notes;
    wxTextCtrl* m_contactName;
    wxTextCtrl* m_contactRelationship;
    wxTextCtrl* m_contactPhone;
};

} // namespace knotwork::clients::ui
