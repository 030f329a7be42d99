// knotwork-cli appointment cancel: a visit called off, late or with notice by the cancellation
// policy's window, and the waitlist entries the freed time could serve.
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

struct CancelOptions {
    AppointmentId id = 0;
    std::string by, reason;
    bool restOfSeries = false;
};

// "30 h 05 min"; "after the start" when word came once the visit had begun.
std::string noticeText(long long minutes)
{
    if (minutes < 0)
        return _("none: word came after the start");
    return formatMessage(_("{} h {:02} min"), minutes / 60, minutes % 60);
}

// The visit as cancelled, the policy's fee when it was late, and who the freed time could serve.
nlohmann::json cancelledJson(const Appointment& visit, const std::vector<WaitlistEntry>& waitlist,
                             const CancellationPolicy& policy, VisitNames& names)
{
    nlohmann::json json = visitJson(visit, names);
    json["late_fee_cents"] = visit.status == AppointmentStatus::LateCancelled ? nlohmann::json(policy.lateFeeCents)
                                                                              : nlohmann::json();
    json["waitlist"] = nlohmann::json::array();
    for (const WaitlistEntry& entry : waitlist)
        json["waitlist"].push_back(waitlistJson(entry, names));
    return json;
}

void printCancelled(const CliContext& context, const Appointment& visit, const std::vector<WaitlistEntry>& waitlist,
                    const CancellationPolicy& policy, VisitNames& names)
{
    const Cancellation& cancellation = *visit.cancellation;
    context.printLine(formatMessage(_("Cancelled appointment {} ({}, {}) by {}, notice given: {}."), visit.id,
                                    startText(visit.start), names.client(visit.clientId),
                                    cancellation.by == CancelledBy::Client ? _("the client") : _("the therapist"),
                                    noticeText(noticeMinutes(visit, cancellation))));
    if (visit.status == AppointmentStatus::LateCancelled)
        context.printLine(
            policy.lateFeeCents > 0
                ? formatMessage(_("A late cancellation: less notice than the policy's {} hours. The policy's fee: {}."),
                                policy.lateWindowHours, amountText(policy.lateFeeCents))
                : formatMessage(_("A late cancellation: less notice than the policy's {} hours. The policy sets no fee."),
                                policy.lateWindowHours));
    if (waitlist.empty()) {
        context.printLine(_("No one on the waitlist fits the freed time."));
        return;
    }
    context.printLine(_("The freed time could serve these clients on the waitlist:"));
    printWaitlist(context, waitlist, names);
}

void runCancel(const CliContext& context, const CancelOptions& options)
{
    const CancelledBy by = choiceOption<CancelledBy>(options.by, "--by");
    PracticeAccess practice(context, db::OpenMode::ExistingOnly);
    ScheduleService& schedule = practice.schedule();
    const int rowVersion = schedule.visit(options.id).rowVersion;
    const std::vector<Appointment> cancelled =
        options.restOfSeries ? schedule.cancelRest(options.id, rowVersion, by, options.reason)
                             : std::vector<Appointment>{schedule.cancel(options.id, rowVersion, by, options.reason)};
    const CancellationPolicy policy = schedule.book().cancellationPolicy();
    VisitNames names(practice);
    nlohmann::json list = nlohmann::json::array();
    for (const Appointment& visit : cancelled) {
        const std::vector<WaitlistEntry> waitlist = schedule.waitlistFor(visit.id);
        if (context.json)
            list.push_back(cancelledJson(visit, waitlist, policy, names));
        else
            printCancelled(context, visit, waitlist, policy, names);
    }
    if (context.json)
        context.printJson(options.restOfSeries ? list : list.at(0));
}

} // namespace

void addAppointmentCancelCommand(CLI::App& appointment, CliContext& context)
{
    auto options = std::make_shared<CancelOptions>();
    CLI::App* cancel = appointment.add_subcommand(
        "cancel", _("Call off a visit to come; the client's word inside the policy's window is a late cancellation"));
    cancel->add_option("ID", options->id, _("The appointment's number"))->required();
    cancel->add_option("--by", options->by, formatMessage(_("Who called it off, one of: {}"), keyList<CancelledBy>()))
        ->required();
    cancel->add_option("--reason", options->reason, _("Why, in one line"))->required();
    cancel->add_flag("--rest-of-series", options->restOfSeries,
                     _("Cancel this visit and the later ones of its series"));
    cancel->callback([&context, options] { runCancel(context, *options); });
}

} // namespace knotwork::cli
