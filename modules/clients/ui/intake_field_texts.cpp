#include "clients/ui/intake_field_texts.h"

#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"

namespace knotwork::clients::ui {

using knotwork::ui::toWx;

namespace {

wxString optionalNumber(const std::optional<double>& value)
{
    return value ? wxString::FromCDouble(*value) : wxString();
}

} // namespace

knotwork::ui::FieldTexts intakeFieldTexts(const IntakeRecord& record)
{
    const Client& client = record.client;
    return {
        {_("Family name"), toWx(client.familyName)},
        {_("Given names"), toWx(client.givenNames)},
        {_("Preferred name"), toWx(client.preferredName)},
        {_("Pronouns"), toWx(client.pronouns)},
        {_("Date of birth"), knotwork::ui::formatDate(client.dateOfBirth, wxString())},
        {_("Phone"), toWx(client.phone)},
        {_("Email"), toWx(client.email)},
        {_("Address"), toWx(client.address)},
        {_("Occupation"), toWx(client.occupation)},
        {_("Desk or screen time"), optionalNumber(client.screenHoursPerDay)},
        {_("Notes"), toWx(client.notes)},
        {_("Emergency contact: name"), toWx(client.emergencyContact.name)},
        {_("Emergency contact: relationship"), toWx(client.emergencyContact.relationship)},
        {_("Emergency contact: phone"), toWx(client.emergencyContact.phone)},
        {_("Health conditions"), toWx(record.intake.health.conditions)},
        {_("Allergies"), toWx(record.intake.health.allergies)},
        {_("Goals"), toWx(record.intake.goals)},
        {_("Screening notes"), toWx(record.screeningNotes)},
    };
}

} // namespace knotwork::clients::ui
