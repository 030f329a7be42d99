#include "clients/ui/intake_identity_section.h"

#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "common/ui/form_grid.h"
#include "common/ui/number_field.h"
#include "common/ui/optional_date_field.h"
#include "common/ui/wx_text.h"

namespace knotwork::clients::ui {

using namespace knotwork::ui;

using knotwork::ui::toWx;

IntakeIdentitySection::IntakeIdentitySection(wxWindow* parent, FieldErrorMarkers& markers)
    : IntakeSection(parent)
{
    FormGrid identity(parent, _("Identity and contact"), markers);
    m_familyName = identity.addText(_("&Family name *"), "family_name");
    m_givenNames = identity.addText(_("&Given names *"), "given_names");
    m_preferredName = identity.addText(_("P&referred name"), "preferred_name");
    m_pronouns = identity.addText(_("Pr&onouns"), "pronouns");
    m_dateOfBirth = new OptionalDateField(identity.parent(), "date_of_birth", _("Known"));
    identity.add(_("Date of &birth"), m_dateOfBirth, FieldWidth::Natural);
    m_phone = identity.addText(_("&Phone"), "phone");
    m_email = identity.addText(_("&Email"), "email");
    m_address = identity.addMultiLine(_("&Address"), "address");
    m_occupation = identity.addText(_("&Occupation"), "occupation");
    m_screenHours = new NumberField(identity.parent(), "screen_hours_per_day", {0, 24, 0.5, 1},
                                    _("h/day (0–24)"));
    identity.add(_("Des&k or screen time"), m_screenHours, FieldWidth::Natural);
    m_notes = identity.addMultiLine(_("No&tes"), "notes", 2);
    identity.addNote(_("* required"));

    FormGrid contact(parent, _("Emergency contact"), markers);
    m_contactName = contact.addText(_("Na&me"), "emergency_contact.name");
    m_contactRelationship = contact.addText(_("Re&lationship"), "emergency_contact.relationship");
    m_contactPhone = contact.addText(_("P&hone"), "emergency_contact.phone");

    addBox(identity.sizer());
    addBox(contact.sizer());
}

void IntakeIdentitySection::load(const IntakeRecord& record)
{
    const Client& client = record.client;
    m_familyName->SetValue(toWx(client.familyName));
    m_givenNames->SetValue(toWx(client.givenNames));
    m_preferredName->SetValue(toWx(client.preferredName));
    m_pronouns->SetValue(toWx(client.pronouns));
    m_dateOfBirth->setDate(client.dateOfBirth);
    m_phone->SetValue(toWx(client.phone));
    m_email->SetValue(toWx(client.email));
    m_address->SetValue(toWx(client.address));
    m_occupation->SetValue(toWx(client.occupation));
    m_screenHours->setValue(client.screenHoursPerDay);
    m_notes->SetValue(toWx(client.notes));
    m_contactName->SetValue(toWx(client.emergencyContact.name));
    m_contactRelationship->SetValue(toWx(client.emergencyContact.relationship));
    m_contactPhone->SetValue(toWx(client.emergencyContact.phone));
}

void IntakeIdentitySection::store(IntakeRecord& record, Validator& problems) const
{
    Client& client = record.client;
    client.familyName = trimmedText(*m_familyName);
    client.givenNames = trimmedText(*m_givenNames);
    client.preferredName = trimmedText(*m_preferredName);
    client.pronouns = trimmedText(*m_pronouns);
    client.dateOfBirth = m_dateOfBirth->date();
    client.phone = trimmedText(*m_phone);
    client.email = trimmedText(*m_email);
    client.address = typedText(*m_address);
    client.occupation = trimmedText(*m_occupation);
    client.screenHoursPerDay = m_screenHours->read(problems);
    client.notes = typedText(*m_notes);
    client.emergencyContact.name = trimmedText(*m_contactName);
    client.emergencyContact.relationship = trimmedText(*m_contactRelationship);
    client.emergencyContact.phone = trimmedText(*m_contactPhone);
}

} // namespace knotwork::clients::ui
