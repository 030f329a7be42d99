#include "sharing/sharing_service.h"

#include <algorithm>
#include <set>

#include "clients/client.h"
#include "common/error.h"
#include "common/i18n.h"
#include "common/locale_date.h"
#include "common/validator.h"
#include "plans/plan_evidence.h"

namespace knotwork::sharing {

using clients::ClientChart;

std::string ReportHeader::providerName(const std::optional<clients::ProviderId>& id, const std::string& typed) const
{
    if (id)
        if (const auto found = providers.find(*id); found != providers.end())
            return found->second.name;
    return typed;
}

SharingService::SharingService(clients::ClientService& clients, sessions::SessionService& sessions,
                               plans::PlanService& plans, DisclosureStore& disclosures,
                               schedule::ScheduleStore& book)
    : m_clients(clients), m_sessions(sessions), m_plans(plans), m_disclosures(disclosures), m_book(book)
{
}

clients::Consent SharingService::requireShareConsent(const ClientChart& chart, ProviderId recipient)
{
    const clients::Consent* latest = clients::shareConsent(chart.consents, recipient, m_clients.today());
    if (!latest) {
        const clients::Provider provider = m_clients.providers().get(recipient);
        throw ValidationError("recipient", "share-consent",
                              formatMessage(_("{} has not consented to sharing records with {}. Record the "
                                              "client's signed consent to share before sending anything: "
                                              "Consents… on their chart (or Client › Consents…), or "
                                              "knotwork-cli client consent {} --share-with {} --date YYYY-MM-DD."),
                                            clients::fullName(chart.client), provider.name, chart.client.id,
                                            recipient));
    }
    return *latest;
}

std::vector<Recipient> SharingService::recipientsFor(ClientId client)
{
    const ClientChart chart = m_clients.clients().chart(client);
    std::set<ProviderId> ids;
    for (const clients::CareTeamMember& member : chart.careTeam)
        ids.insert(member.providerId);
    for (const clients::Consent& consent : chart.consents)
        if (consent.kind == clients::ConsentKind::ShareRecords && consent.providerId)
            ids.insert(*consent.providerId);
    std::vector<Recipient> recipients;
    for (const ProviderId id : ids)
        recipients.push_back({m_clients.providers().get(id), clients::mayShareWith(chart.consents, id, m_clients.today())});
    std::sort(recipients.begin(), recipients.end(),
              [](const Recipient& a, const Recipient& b) { return a.provider.name < b.provider.name; });
    return recipients;
}

long long SharingService::publish(Disclosure disclosure, const std::filesystem::path& destination,
                                  const std::function<void(const std::filesystem::path& partial)>& writeBytes)
{
    namespace fs = std::filesystem;
    disclosures::UnfinishedFile file;
    file.partialPath = (fs::path(destination) += ".partial").string();
    file.finalPath = destination.string();
    file.startedAt = m_clients.clock().now();
    file.id = m_disclosures.beginFile(file);
    try {
        writeBytes(file.partialPath);
        disclosure.disclosedAt = m_clients.clock().now();
        const long long logged = m_disclosures.add(disclosure, file.id);
        // From here the log holds the file: a kill now is finished by finishInterruptedFiles.
        std::error_code error;
        fs::rename(file.partialPath, destination, error);
        if (error)
            throw StorageError(formatMessage(_("Could not give {} its name: {}."), destination.string(),
                                             error.message()));
        m_disclosures.finishFile(file.id);
        return logged;
    } catch (...) {
        std::error_code ignored;
        fs::remove(file.partialPath, ignored);
        try {
            m_disclosures.finishFile(file.id);
        } catch (const Error&) {
            // Left for finishInterruptedFiles; the error that stopped publishing is the one to tell.
        }
        throw;
    }
}

long long SharingService::record(Disclosure disclosure)
{
    disclosure.disclosedAt = m_clients.clock().now();
    return m_disclosures.add(disclosure);
}

int SharingService::finishInterruptedFiles()
{
    namespace fs = std::filesystem;
    const Timestamp aMinuteAgo(m_clients.clock().now().utc() - boost::posix_time::minutes(1));
    int finished = 0;
    for (const disclosures::UnfinishedFile& file : m_disclosures.unfinishedFiles(aMinuteAgo)) {
        std::error_code error;
        if (file.disclosureId && fs::exists(file.partialPath, error))
            fs::rename(file.partialPath, file.finalPath, error);
        else
            fs::remove(file.partialPath, error);
        m_disclosures.finishFile(file.id);
        ++finished;
    }
    return finished;
}

ReportHeader SharingService::letterhead()
{
    ReportHeader header;
    header.practice = m_clients.settings();
    if (header.practice.logoAttachmentId)
        header.logo = m_clients.clients().attachment(*header.practice.logoAttachmentId).content;
    if (header.practice.signatureAttachmentId)
        header.signature = m_clients.clients().attachment(*header.practice.signatureAttachmentId).content;
    header.writtenAt = m_clients.clock().now();
    header.written = header.writtenAt->local().date();
    return header;
}

ReportHeader SharingService::header(const ClientChart& chart, const std::optional<ProviderId>& recipient)
{
    ReportHeader header = letterhead();
    header.client = chart.client;
    header.chainWitness = m_disclosures.chainWitness();
    if (recipient)
        header.consent = requireShareConsent(chart, *recipient);
    auto remember = [&](const std::optional<ProviderId>& id) {
        if (id && !header.providers.contains(*id))
            header.providers.emplace(*id, m_clients.providers().get(*id));
    };
    for (const clients::CareTeamMember& member : chart.careTeam)
        remember(member.providerId);
    for (const clients::Diagnosis& diagnosis : chart.diagnoses)
        remember(diagnosis.providerId);
    for (const clients::Clearance& clearance : chart.clearances)
        remember(clearance.providerId);
    if (recipient) {  // usually on the care team, read just above
        const auto named = header.providers.find(*recipient);
        header.recipient = named != header.providers.end() ? named->second : m_clients.providers().get(*recipient);
    }
    return header;
}

std::optional<plans::PlanProgress> SharingService::planFor(ClientId client, const plans::ProgressData& data,
                                                           const Date& to)
{
    std::optional<plans::PlanSummary> chosen;
    for (const plans::PlanSummary& summary : m_plans.records().plans(client)) {
        if (summary.startDate > to)
            continue;
        const bool open = summary.status == plans::PlanStatus::Active || summary.status == plans::PlanStatus::OnHold;
        if (!chosen || open || summary.startDate >= chosen->startDate)
            chosen = summary;
        if (open)
            break;
    }
    if (!chosen)
        return std::nullopt;
    return m_plans.progressOf(m_plans.records().plan(chosen->id), data);
}

ProgressReportData SharingService::progressReport(const ProgressReportRequest& request)
{
    Validator check;
    validateAssessmentText(request.assessment, check);
    check.multiLine(request.recommendations, 4000, "recommendations", _("Recommendations"));
    check.multiLine(request.questions, 4000, "questions", _("Questions for the recipient"));
    check.notAfter(request.from, m_clients.today(), "from", _("First day of the period"));
    check.notAfter(request.to, m_clients.today(), "to", _("Last day of the period"));
    check.throwIfAny();
    ProgressReportData data;
    data.chart = m_clients.clients().chart(request.client);
    data.header = header(data.chart, request.recipient);

    data.progress = m_plans.progressData(data.chart);
    data.to = request.to.value_or(data.header.written);
    data.plan = planFor(request.client, data.progress, data.to);
    // A discharge summary's period ends when the plan did.
    if (data.plan && !data.plan->plan.open() && !request.to)
        data.to = planEndDate(data.plan->plan, data.header.written);
    data.from = request.from.value_or(data.progress.visits.empty() ? data.to : data.progress.visits.front().visitDate);
    if (data.from > data.to)
        throw ValidationError("from", "period",
                              formatMessage(_("The period starts on {} after it ends on {}: choose a start "
                                              "on or before the end."),
                                            mediumDate(data.from), mediumDate(data.to)));
    data.notes = m_sessions.notes().signedNotes(request.client, data.from, data.to);
    if (const schedule::Attendance attendance =
            schedule::countAttendance(m_book.appointmentsOf(request.client), data.from, data.to);
        attendance.any())
        data.attendance = attendance;
    if (data.plan && !plans::templateText(data.plan->plan.homeProgrammeNotes, &plans::TreatmentCourse::homeProgrammeNotes,
                                          m_plans.templates()))
        data.planHomeProgrammeNotes = data.plan->plan.homeProgrammeNotes;
    data.safety = m_clients.assess(data.chart);
    data.recommendations = request.recommendations;
    data.questions = request.questions;
    data.assessment = request.assessment;
    data.discharge = dischargeOf(data.plan, data.planHomeProgrammeNotes, data.notes, data.header.written);
    if (request.recipient)
        if (const auto sent = m_disclosures.lastProgressReport(request.client, request.recipient, data.to))
            data.lastReport = EarlierReport{sent->disclosedAt.local().date(), *sent->periodFrom, *sent->periodTo};
    return data;
}

ProgressReportData SharingService::progressReportToSend(const ProgressReportRequest& request)
{
    ProgressReportData data = progressReport(request);
    validateAssessment(data.assessment, data.plan);
    return data;
}

NoteReportData SharingService::noteReport(sessions::NoteId noteId, const std::optional<ProviderId>& recipient)
{
    NoteReportData data;
    data.note = m_sessions.note(noteId);
    if (data.note.status != sessions::NoteStatus::Signed)
        throw ValidationError("note", "note-signed",
                              _("Only a signed note can be exported: sign it first, or finish the draft."));
    const clients::ClientChart chart = m_clients.clients().chart(data.note.clientId);
    data.header = header(chart, recipient);
    data.precautions = chart.intake.health.flags;
    if (data.note.plan.referredTo && !data.header.providers.contains(*data.note.plan.referredTo))
        data.header.providers.emplace(*data.note.plan.referredTo, m_clients.providers().get(*data.note.plan.referredTo));
    return data;
}

NoteReportData SharingService::homeCareHandout(sessions::NoteId note)
{
    NoteReportData data = noteReport(note, std::nullopt);
    const sessions::Plan& plan = data.note.plan;
    if (plan.homeCare.empty() && plan.homeCareNotes.find_first_not_of(" \t\r\n") == std::string::npos)
        throw ValidationError("note", "home-care-given",
                              formatMessage(_("The note of {} gives no home care, so there is nothing to hand out: "
                                              "home care is chosen in the note's plan before signing."),
                                            mediumDate(data.note.visitDate)));
    return data;
}

IntakeReportData SharingService::intakeReport(ClientId client, const std::optional<ProviderId>& recipient)
{
    IntakeReportData data;
    data.chart = m_clients.clients().chart(client);
    data.header = header(data.chart, recipient);
    data.safety = m_clients.assess(data.chart);
    return data;
}

ClientRecordData SharingService::clientRecord(ClientId client)
{
    ClientRecordData data;
    data.chart = m_clients.clients().chart(client);
    data.header = header(data.chart, std::nullopt);
    data.header.forTheClient = true;
    data.safety = m_clients.assess(data.chart);
    const plans::ProgressData progress = m_plans.progressData(data.chart);
    std::vector<plans::PlanSummary> summaries = m_plans.records().plans(client);
    std::sort(summaries.begin(), summaries.end(), [](const plans::PlanSummary& a, const plans::PlanSummary& b) {
        return a.startDate != b.startDate ? a.startDate < b.startDate : a.id < b.id;
    });
    for (const plans::PlanSummary& summary : summaries)
        data.plans.push_back(m_plans.progressOf(m_plans.records().plan(summary.id), progress));
    data.measures = m_plans.measures(client);
    data.notes = m_sessions.notes().signedNotes(client, Date(boost::gregorian::min_date_time),
                                                Date(boost::gregorian::max_date_time));
    for (const sessions::SoapNote& note : data.notes)
        if (note.plan.referredTo && !data.header.providers.contains(*note.plan.referredTo))
            data.header.providers.emplace(*note.plan.referredTo, m_clients.providers().get(*note.plan.referredTo));
    data.disclosures = m_disclosures.forClient(client);  // newest first
    std::reverse(data.disclosures.begin(), data.disclosures.end());
    return data;
}

} // namespace knotwork::sharing
