#pragma once

#include <functional>
#include <map>
#include <optional>
#include <vector>

#include "clients/client_service.h"
#include "common/ui/record_dialog.h"
#include "common/validator.h"
#include "schedule/schedule_service.h"
#include "schedule/ui/schedule_text.h"

class wxCheckBox;
class wxChoice;
class wxDatePickerCtrl;
class wxTextCtrl;

namespace knotwork::ui {
class NumberField;
class TimeField;
class WrappingText;
}

namespace knotwork::schedule::ui {

// Books one visit for a client: the day, the start, the service (which fills the length and the
// buffer after it), a referral visit, notes. Shows the client's precautions; when the client's
// safety screening asks for a referral or a clearance it says so and books only a referral visit.
// What the time would mean on the book (outside hours, in a buffer, over another visit, time off,
// the day's cap) is shown as the therapist edits, and Book asks before booking a time that has
// any. ShowModal() gives wxID_OK once the visit is booked.
class BookingDialog : public knotwork::ui::RecordDialog {
public:
    BookingDialog(wxWindow* parent, ScheduleService& schedule, clients::ClientService& clientService, ClientId client,
                  const LocalTime& start);

    // Asks whether to book a time with these issues (one per line). A message box by default.
    using IssuesQuestion = std::function<bool(const wxString& issues)>;
    void setIssuesQuestion(IssuesQuestion ask) { m_askToBook = std::move(ask); }
    // What the dialog says of the time on the book now.
    wxString issuesShown() const;
    // The visit as saved, once booked.
    const Appointment& booked() const { return m_booked; }

private:
    void save() override;
    // The visit the fields describe; none when the day, the time or the length cannot be read
    // (`problems` then says why).
    std::optional<Appointment> typedVisit(Validator& problems) const;
    void serviceChosen();
    void showIssues();
    // The words of the visits on and around `day`, read once per day shown.
    const std::map<AppointmentId, VisitWords>& wordsAround(const Date& day);
    bool askToBook(const wxString& issues);

    ScheduleService& m_schedule;
    ClientId m_client;
    std::vector<Service> m_services;
    Date m_wordsDay{boost::gregorian::not_a_date_time};
    std::map<AppointmentId, VisitWords> m_words;
    Appointment m_booked;
    IssuesQuestion m_askToBook;

    wxDatePickerCtrl* m_date;
    knotwork::ui::TimeField* m_start;
    wxChoice* m_service;
    knotwork::ui::NumberField* m_minutes;
    wxCheckBox* m_referralOnly;
    wxTextCtrl* m_notes;
    knotwork::ui::WrappingText* m_issues;
};

} // namespace knotwork::schedule::ui
