#include "app/gui/reminder_message_page.h"

#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "app/practice/practice_context.h"
#include "app/practice/reminder_run.h"
#include "common/error.h"
#include "common/ui/form_grid.h"
#include "common/ui/wx_text.h"
#include "schedule/reminder_due.h"

namespace knotwork::gui {

using namespace knotwork::ui;

ReminderMessagePage::ReminderMessagePage(wxWindow* parent, app::PracticeContext& practice,
                                         schedule::ui::SettingsPageHooks hooks)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "reminder-message-page"),
      m_practice(practice),
      m_hooks(std::move(hooks))
{
    FormGrid words(this, _("Reminder"), m_hooks.markers);
    words.addNote(_("Placeholders: {first_name}, {date}, {time}, {practice_name}, {practice_phone}, "
                    "{cancellation_policy_hours}. Nothing clinical can be put in a reminder."));
    m_subject = words.addText(_("Su&bject"), schedule::kReminderSubjectField);
    m_body = words.addMultiLine(_("&Message"), schedule::kReminderBodyField, 4);
    // Read-only, so a reader reaches it with Tab and a long message scrolls inside it.
    m_preview = words.addMultiLine(_("What a client &gets"), "reminder_preview", 6);
    m_preview->SetEditable(false);

    const schedule::ReminderTemplate shown =
        schedule::effectiveTemplate(m_practice.stores().reminders().reminderSettings());
    m_subject->SetValue(toWx(shown.subject));
    m_body->SetValue(toWx(shown.body));
    m_subject->Bind(wxEVT_TEXT, [this](wxCommandEvent& event) { showPreview(); event.Skip(); });
    m_body->Bind(wxEVT_TEXT, [this](wxCommandEvent& event) { showPreview(); event.Skip(); });
    showPreview();

    schedule::ui::layOutPage(*this, {words.sizer()}, _("&Save reminder"), "save-reminder-message",
                             [this] { save(); });
}

wxString ReminderMessagePage::preview() const
{
    return m_preview->GetValue();
}

void ReminderMessagePage::showPreview()
{
    // A visit tomorrow at 10:00 of a client called Alex, with the practice's own details.
    const clients::PracticeSettings practice = m_practice.clientService().settings();
    schedule::ReminderFacts facts;
    facts.firstName = toUtf8(_("Alex"));
    facts.practiceName = practice.practiceName;
    facts.practicePhone = practice.phone;
    facts.cancellationPolicyHours = m_practice.scheduleService().book().cancellationPolicy().lateWindowHours;
    schedule::Appointment visit;
    visit.start = localTimeOn(m_practice.clientService().today() + boost::gregorian::days(1), TimeOfDay(10, 0, 0));
    wxString text;
    try {
        const schedule::ReminderText reminder =
            schedule::renderReminder({toUtf8(m_subject->GetValue()), toUtf8(m_body->GetValue())}, visit, facts);
        text = wxString::Format(_("Subject: %s\n\n%s"), toWx(reminder.subject), toWx(reminder.body));
    } catch (const ValidationError& error) {
        text = wxString::Format(_("No preview: %s"), toWx(error.what()));
    }
    m_preview->ChangeValue(text);
}

bool ReminderMessagePage::save()
{
    return m_hooks.attempt([this] {
        schedule::ReminderSettings settings = m_practice.stores().reminders().reminderSettings();
        settings.message = {trimmedText(*m_subject), typedText(*m_body)};
        if (settings.message == schedule::defaultReminderTemplate())
            settings.message = {};  // kept empty: the default, in the reader's language
        app::saveReminderSettings(m_practice, settings);
    });
}

} // namespace knotwork::gui
