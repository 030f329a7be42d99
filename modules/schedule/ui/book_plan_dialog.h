#pragma once

#include <optional>
#include <vector>

#include "clients/client_service.h"
#include "common/ui/record_dialog.h"
#include "plans/plan_service.h"
#include "schedule/schedule_service.h"

class wxChoice;
class wxDatePickerCtrl;

namespace knotwork::ui {
class TextTable;
class TimeField;
class WrappingText;
}

namespace knotwork::schedule::ui {

// Books a client's active treatment plan in one step: from the first day chosen, on a weekday at
// a time, as a service, the whole series its frequency phases ask for (an open-ended phase until
// the day chosen, the plan's review by default) is listed as the therapist edits: each visit's
// day and time, its phase, and whether it is as asked, shifted (from when, and why) or skipped
// (why). "Book these N visits" saves the series in one action; ShowModal() then gives wxID_OK.
class BookPlanDialog : public knotwork::ui::RecordDialog {
public:
    BookPlanDialog(wxWindow* parent, ScheduleService& schedule, clients::ClientService& clientService,
                   const plans::PlanProgress& plan);

    const std::vector<ProposedVisit>& proposals() const { return m_proposals; }
    knotwork::ui::TextTable& proposalList() const { return *m_list; }
    wxString countLine() const;
    // The series as saved, once booked.
    SeriesId booked() const { return m_booked; }

private:
    void save() override;
    // The series the fields ask for; none when the time cannot be read (`problems` says why).
    std::optional<SeriesRequest> typedRequest(Validator& problems) const;
    void preview();
    // Why a visit was shifted or skipped, the other visits named by their clients.
    wxString because(const std::vector<BookingIssue>& issues);

    ScheduleService& m_schedule;
    plans::PlanProgress m_plan;
    std::vector<Service> m_services;
    std::vector<ProposedVisit> m_proposals;
    std::optional<SeriesRequest> m_request;
    SeriesId m_booked = 0;

    wxDatePickerCtrl* m_from;
    wxChoice* m_weekday;
    knotwork::ui::TimeField* m_time;
    wxChoice* m_service;
    wxDatePickerCtrl* m_until;
    knotwork::ui::TextTable* m_list;
    knotwork::ui::WrappingText* m_count;
};

} // namespace knotwork::schedule::ui
