// knotwork-cli appointment add|list|show|move|no-show|arrive (cancel: appointment_cancel_command.cpp):
// the appointment book from scripts, through the same ScheduleService as the app's book, with
// its issues, the safety gate and the precautions. A change reads the visit's rowVersion just
// before it: the command is one shot.
#include <memory>
#include <nlohmann/json.hpp>

#include "app/cli/appointment_text.h"
#include "app/cli/commands.h"
#include "common/error.h"
#include "common/i18n.h"
#include "schedule/schedule_choices.h"
#include "schedule/schedule_json.h"

namespace knotwork::cli {

using namespace knotwork::schedule;

namespace {

using VisitRows = std::vector<std::pair<std::string, std::string>>;

Issues issuesMode(bool anyway)
{
    return anyway ? Issues::Accepted : Issues::Refused;
}

std::vector<std::string> issueLines(const std::vector<BookingIssue>& issues, ScheduleStore& book)
{
    std::vector<std::string> lines;
    for (const BookingIssue& issue : issues)
        lines.push_back(issueText(issue, book));
    return lines;
}

// A visit just saved: the headline, its row, the issues accepted and the client's precautions.
void printSaved(const CliContext& context, const std::string& headline, const Appointment& visit, VisitNames& names,
                const std::vector<BookingIssue>& issues, ScheduleStore& book, const std::string& precautions)
{
    if (context.json) {
        nlohmann::json json = visitJson(visit, names);
        json["issues"] = issues;
        json["precautions"] = precautions;
        context.printJson(json);
        return;
    }
    context.printLine(headline);
    context.printTable(visitTableHeaders(), {visitTableRow(visit, names)});
    for (const std::string& issue : issueLines(issues, book))
        context.printLine(formatMessage(_("Issue accepted: {}"), issue));
    if (!precautions.empty())
        context.printLine(formatMessage(_("Precautions: {}"), precautions));
}

struct AddOptions {
    ClientId client = 0;
    std::string start, notes;
    ServiceId service = 0;
    std::optional<int> minutes;
    std::optional<long long> plan;
    bool referralOnly = false, anyway = false;
};

void runAdd(const CliContext& context, const AddOptions& options)
{
    const LocalTime start = localTimeOption(options.start, "--start");
    PracticeAccess practice(context, db::OpenMode::ExistingOnly);
    ScheduleService& schedule = practice.schedule();
    const Service service = chosenService(schedule, options.service, options.minutes.value_or(60));
    Appointment visit;
    visit.clientId = options.client;
    visit.serviceId = service.id;
    visit.start = start;
    visit.minutes = options.minutes.value_or(service.minutes);
    visit.bufferMinutes = service.bufferMinutes;
    visit.planId = options.plan;
    visit.referralOnly = options.referralOnly;
    visit.notes = options.notes;
    const BookingPlan plan = schedule.planBooking(visit);
    Appointment booked;
    try {
        booked = schedule.book(visit, issuesMode(options.anyway));
    } catch (const ValidationError& refusal) {
        throw commandLineRefusal(refusal, issueLines(plan.issues, schedule.book()),
                                 _("Nothing was booked. Add --anyway to book it anyway."));
    }
    VisitNames names(practice);
    printSaved(context, formatMessage(_("Booked appointment {}."), booked.id), booked, names, plan.issues,
               schedule.book(), plan.precautions);
}

void addAdd(CLI::App& appointment, CliContext& context)
{
    auto options = std::make_shared<AddOptions>();
    CLI::App* add = appointment.add_subcommand(
        "add", _("Book a visit; a time with issues (outside hours, an overlap…) is refused unless --anyway"));
    add->add_option("--client", options->client, _("The client's number"))->required();
    add->add_option("--start", options->start, _("The day and time: \"2026-12-08 10:00\""))
        ->option_text("\"DATE HH:MM\"")
        ->required();
    add->add_option("--service", options->service,
                    _("The service's number (see `schedule services`); default: the treatment lasting --minutes"))
        ->option_text("ID");
    add->add_option("--minutes", options->minutes, _("The visit's length (default: the service's, 60 without --service)"))
        ->option_text("M");
    add->add_option("--plan", options->plan, _("The treatment plan the visit serves"))->option_text("ID");
    add->add_flag("--referral-only", options->referralOnly,
                  _("A referral visit, to talk a red flag through and refer: no massage"));
    add->add_option("--notes", options->notes, _("Notes on the visit"));
    add->add_flag("--anyway", options->anyway, _("Book it even though the time has issues"));
    add->callback([&context, options] { runAdd(context, *options); });
}

struct ListOptions {
    std::string from, to;
    ClientId client = 0;
};

std::vector<Appointment> listed(PracticeAccess& practice, const ListOptions& options)
{
    ScheduleStore& book = practice.schedule().book();
    const std::optional<Date> from = optionalDateOption(options.from, "--from");
    const std::optional<Date> to = optionalDateOption(options.to, "--to");
    if (from && to && *to < *from)
        throw ValidationError("--to", "order", _("--to must be on or after --from."));
    if (options.client != 0) {
        practice.clients().listRow(options.client, practice.service().today());  // NotFoundError for an unknown client
        std::vector<Appointment> visits = book.appointmentsOf(options.client);
        std::erase_if(visits, [&](const Appointment& visit) {
            return (from && visit.start.date() < *from) || (to && visit.start.date() > *to);
        });
        return visits;
    }
    const Date first = from.value_or(practice.schedule().clock().today());
    const Date last = to.value_or(first + boost::gregorian::days(6));
    return book.appointmentsBetween(LocalTime(first), LocalTime(last + boost::gregorian::days(1)));
}

void addList(CLI::App& appointment, CliContext& context)
{
    auto options = std::make_shared<ListOptions>();
    CLI::App* list = appointment.add_subcommand(
        "list", _("List the visits of a stretch of days (default: today and the next 6 days), or of one client"));
    list->add_option("--from", options->from, _("The first day (default: today)"))->option_text("DATE");
    list->add_option("--to", options->to, _("The last day (default: 6 days after --from)"))->option_text("DATE");
    list->add_option("--client", options->client,
                     _("Only this client's visits: all of them unless --from or --to is given"));
    list->callback([&context, options] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        const std::vector<Appointment> visits = listed(practice, *options);
        VisitNames names(practice);
        if (context.json) {
            nlohmann::json shown = nlohmann::json::array();
            for (const Appointment& visit : visits)
                shown.push_back(visitJson(visit, names));
            context.printJson(shown);
            return;
        }
        printVisits(context, visits, names);
        context.printLine(formatMessage(_("{} appointments."), visits.size()));
    });
}

VisitRows visitRows(const Appointment& visit, VisitNames& names, const std::string& precautions)
{
    VisitRows rows{{_("Appointment"), std::to_string(visit.id)},
              {_("Client"), formatMessage(_("{} (client {})"), names.client(visit.clientId), visit.clientId)},
              {_("Service"), names.service(visit.serviceId)},
              {_("Start"), startText(visit.start)},
              {_("End"), startText(visit.end())},
              {_("Length"), formatMessage(_("{} min, then {} min buffer"), visit.minutes, visit.bufferMinutes)},
              {_("Status"), labelOf(visit.status)}};
    if (visit.cancellation)
        rows.emplace_back(_("Cancelled"), formatMessage(_("by {} at {} (UTC): {}"), labelOf(visit.cancellation->by),
                                                        visit.cancellation->at.iso8601(), visit.cancellation->reason));
    if (!flagsText(visit).empty())
        rows.emplace_back(_("Flags"), flagsText(visit));
    if (visit.planId)
        rows.emplace_back(_("Treatment plan"), std::to_string(*visit.planId));
    if (!visit.notes.empty())
        rows.emplace_back(_("Notes"), visit.notes);
    if (!precautions.empty())
        rows.emplace_back(_("Precautions"), precautions);
    return rows;
}

void addShow(CLI::App& appointment, CliContext& context)
{
    auto id = std::make_shared<AppointmentId>(0);
    CLI::App* show = appointment.add_subcommand("show", _("Show a visit, with the client's precautions while it is to come"));
    show->add_option("ID", *id, _("The appointment's number"))->required();
    show->callback([&context, id] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        const Appointment visit = practice.schedule().visit(*id);
        const std::string precautions = isUpcoming(visit.status) ? practice.schedule().precautionsOf(visit.clientId) : "";
        VisitNames names(practice);
        if (context.json) {
            nlohmann::json json = visitJson(visit, names);
            json["precautions"] = precautions;
            context.printJson(json);
            return;
        }
        context.printRows(visitRows(visit, names, precautions));
    });
}

struct MoveOptions {
    AppointmentId id = 0;
    std::string start;
    std::optional<int> minutes;
    bool anyway = false, restOfSeries = false;
};

void moveRest(const CliContext& context, PracticeAccess& practice, const MoveOptions& options, const LocalTime& start)
{
    ScheduleService& schedule = practice.schedule();
    const Appointment current = schedule.visit(options.id);
    std::vector<std::string> issues;
    for (const SeriesChange& change : schedule.previewMoveRest(options.id, start))
        for (const BookingIssue& issue : change.issues)
            issues.push_back(formatMessage(_("appointment {} at {}: {}"), change.visit.id, startText(change.visit.start),
                                           issueText(issue, schedule.book())));
    std::vector<Appointment> moved;
    try {
        moved = schedule.moveRest(options.id, current.rowVersion, start, issuesMode(options.anyway));
    } catch (const ValidationError& refusal) {
        throw commandLineRefusal(refusal, issues, _("Nothing was moved. Add --anyway to move them anyway."));
    }
    VisitNames names(practice);
    if (context.json) {
        nlohmann::json list = nlohmann::json::array();
        for (const Appointment& visit : moved)
            list.push_back(visitJson(visit, names));
        context.printJson(list);
        return;
    }
    context.printLine(formatMessage(_("Moved {} appointments of the series."), moved.size()));
    printVisits(context, moved, names);
    for (const std::string& issue : issues)
        context.printLine(formatMessage(_("Issue accepted: {}"), issue));
}

void runMove(const CliContext& context, const MoveOptions& options)
{
    const LocalTime start = localTimeOption(options.start, "--start");
    PracticeAccess practice(context, db::OpenMode::ExistingOnly);
    if (options.restOfSeries) {
        moveRest(context, practice, options, start);
        return;
    }
    ScheduleService& schedule = practice.schedule();
    const Appointment current = schedule.visit(options.id);
    const int minutes = options.minutes.value_or(current.minutes);
    const BookingPlan plan = schedule.previewMove(options.id, start, minutes);
    Appointment moved;
    try {
        moved = schedule.move(options.id, current.rowVersion, start, minutes, issuesMode(options.anyway));
    } catch (const ValidationError& refusal) {
        throw commandLineRefusal(refusal, issueLines(plan.issues, schedule.book()),
                                 _("Nothing was moved. Add --anyway to move it anyway."));
    }
    VisitNames names(practice);
    printSaved(context, formatMessage(_("Moved appointment {} to {}."), moved.id, startText(moved.start)), moved, names,
               plan.issues, schedule.book(), plan.precautions);
}

void addMove(CLI::App& appointment, CliContext& context)
{
    auto options = std::make_shared<MoveOptions>();
    CLI::App* move = appointment.add_subcommand(
        "move", _("Move a visit to another time, checked like a new booking (refused with issues unless --anyway)"));
    move->add_option("ID", options->id, _("The appointment's number"))->required();
    move->add_option("--start", options->start, _("The new day and time: \"2026-12-09 14:00\""))
        ->option_text("\"DATE HH:MM\"")
        ->required();
    auto* minutes = move->add_option("--minutes", options->minutes, _("The new length (default: as it was)"))->option_text("M");
    move->add_flag("--anyway", options->anyway, _("Move it even though the time has issues"));
    move->add_flag("--rest-of-series", options->restOfSeries,
                   _("Move this visit and the later ones of its series by the same shift"))
        ->excludes(minutes);
    move->callback([&context, options] { runMove(context, *options); });
}

// Each is one use case on the visit as it is now: a no-show, an arrival.
using StatusChange = Appointment (ScheduleService::*)(AppointmentId, int);

void addStatusChange(CLI::App& appointment, CliContext& context, const char* name, const std::string& help,
                     StatusChange change, const char* done)
{
    auto id = std::make_shared<AppointmentId>(0);
    CLI::App* command = appointment.add_subcommand(name, help);
    command->add_option("ID", *id, _("The appointment's number"))->required();
    command->callback([&context, id, change, done] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        ScheduleService& schedule = practice.schedule();
        const Appointment changed = (schedule.*change)(*id, schedule.visit(*id).rowVersion);
        VisitNames names(practice);
        if (context.json) {
            context.printJson(visitJson(changed, names));
            return;
        }
        context.printLine(formatMessage(translate(done), changed.id));
        context.printTable(visitTableHeaders(), {visitTableRow(changed, names)});
        const long long fee = schedule.book().cancellationPolicy().noShowFeeCents;
        if (changed.status == AppointmentStatus::NoShow && fee > 0)
            context.printLine(formatMessage(_("The cancellation policy's fee for a no-show: {}."), amountText(fee)));
    });
}

} // namespace

void addAppointmentCommand(CLI::App& app, CliContext& context)
{
    CLI::App* appointment = app.add_subcommand(
        "appointment", _("The appointment book's visits: add, list, show, move, cancel, no-show, arrive"));
    appointment->require_subcommand(1);
    addAdd(*appointment, context);
    addList(*appointment, context);
    addShow(*appointment, context);
    addMove(*appointment, context);
    addAppointmentCancelCommand(*appointment, context);
    addStatusChange(*appointment, context, "no-show", _("Mark a booked visit whose time has passed as a no-show"),
                    &ScheduleService::markNoShow, N_("Appointment {} is marked as a no-show."));
    addStatusChange(*appointment, context, "arrive", _("The client is here: mark a booked visit as arrived"),
                    &ScheduleService::markArrived, N_("Appointment {} is marked as arrived."));
}

} // namespace knotwork::cli
