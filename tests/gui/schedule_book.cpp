#include "schedule_book.h"

#include <algorithm>
#include <stdexcept>

#include "app/gui/main_frame.h"
#include "app/practice/practice_context.h"
#include "gui_test_support.h"
#include "support/new_client.h"

namespace knotwork::gui::testing {

namespace {

schedule::ServiceId serviceNamed(schedule::ScheduleService& book, const std::string& name)
{
    const std::vector<schedule::Service> services = book.book().services();
    const auto found = std::ranges::find(services, name, &schedule::Service::name);
    if (found == services.end())
        throw std::runtime_error("a new practice offers no service named " + name);
    return found->id;
}

} // namespace

LocalTime testWeekAt(int day, int hour, int minute)
{
    return localTimeOn(Date(2026, 11, 23) + boost::gregorian::days(day),
                       boost::posix_time::hours(hour) + boost::posix_time::minutes(minute));
}

ScheduleBook openPracticeWithABookedWeek(const std::string& stem)
{
    ScheduleBook week;
    const std::filesystem::path file = practiceWithOneClient(stem, "", &week.odile);
    MainFrame& frame = RunningApp::mainFrame();
    if (!frame.openPractice(file, db::OpenMode::ExistingOnly))
        throw std::runtime_error("the practice did not open");
    app::PracticeContext& practice = *frame.practice();
    clients::ClientService& clients = practice.clientService();
    week.zoe = clients.saveIntake(knotwork::testing::newClient("Martin", "Zoë"));
    clients::IntakeRecord anticoagulated = knotwork::testing::newClient("Nguyen", "Chloé");
    anticoagulated.intake.health.flags = {clients::HealthFlag::Anticoagulants};
    week.chloe = clients.saveIntake(anticoagulated);
    week.an = clients.saveIntake(knotwork::testing::newClient("Tran", "An", {clients::SafetyIssue::SuddenSevereOnset}));

    schedule::ScheduleService& book = practice.scheduleService();
    const auto visit = [&](clients::ClientId client, const LocalTime& start, const std::string& service,
                           int minutes, bool referralOnly = false) {
        schedule::Appointment appointment;
        appointment.clientId = client;
        appointment.serviceId = serviceNamed(book, service);
        appointment.start = start;
        appointment.minutes = minutes;
        appointment.bufferMinutes = 15;
        appointment.referralOnly = referralOnly;
        return book.book(appointment, schedule::Issues::Accepted).id;
    };
    week.mondayMorning = visit(week.odile, testWeekAt(0, 9), "Treatment, 60 min", 60);
    week.mondayAfternoon = visit(week.zoe, testWeekAt(0, 13), "Treatment, 60 min", 60);
    week.tuesdayLong = visit(week.zoe, testWeekAt(1, 10), "Treatment, 90 min", 90);
    week.tuesdayOverlap = visit(week.chloe, testWeekAt(1, 10, 30), "Follow-up", 30);
    week.wednesday = visit(week.an, testWeekAt(2, 9), "Initial assessment", 90, true);
    week.fridayLate = visit(week.odile, testWeekAt(4, 16, 30), "Treatment, 60 min", 60);
    week.nextTuesday = visit(week.zoe, testWeekAt(8, 11), "Treatment, 60 min", 60);
    frame.recordChanged({clients::ui::RecordKind::Client});
    frame.recordChanged({clients::ui::RecordKind::Appointment});
    processEvents();
    return week;
}

} // namespace knotwork::gui::testing
