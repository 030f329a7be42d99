#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "clients/client_service.h"
#include "disclosures/disclosure_store.h"
#include "plans/plan_service.h"
#include "schedule/schedule_store.h"
#include "sessions/session_service.h"
#include "sharing/report_data.h"

namespace knotwork::sharing {

using clients::ClientId;
using clients::ProviderId;
using disclosures::Disclosure;
using disclosures::DisclosureStore;

struct ProgressReportRequest {
    ClientId client = 0;
    ProviderId recipient = 0;
    std::optional<Date> from;  // default: the first signed visit (the start of care)
    std::optional<Date> to;    // default: today; for a completed or discontinued plan, the day it ended
    std::string recommendations;
    std::string questions;
    AssessmentBlock assessment;
};

// A provider a client's reports could go to, and whether the client lets them.
struct Recipient {
    clients::Provider provider;
    bool sharingConsent = false;
};

// What may leave the practice, and the log of what did. Every document addressed to a provider
// needs the client's active consent to share with that provider (field "recipient", rule
// "share-consent"); each file written leaves through publish(), which logs it.
class SharingService {
public:
    // `book`: the appointment book, read for a progress report's attendance.
    SharingService(clients::ClientService& clients, sessions::SessionService& sessions,
                   plans::PlanService& plans, DisclosureStore& disclosures, schedule::ScheduleStore& book);

    // The report's data as asked for (the assessment as typed so far: a preview).
    ProgressReportData progressReport(const ProgressReportRequest& request);
    // The same, for a report that leaves the practice: the assessment must be complete
    // (validateAssessment's rules).
    ProgressReportData progressReportToSend(const ProgressReportRequest& request);
    // A signed note (rule "note-signed": drafts stay in the practice).
    NoteReportData noteReport(sessions::NoteId note, const std::optional<ProviderId>& recipient);
    IntakeReportData intakeReport(ClientId client, const std::optional<ProviderId>& recipient);
    // The home care a signed note gave, for the client to take home: addressed to no provider
    // (it goes to the client). Rules "note-signed", and "home-care-given" when the note gave no
    // home care (no item chosen, no words).
    NoteReportData homeCareHandout(sessions::NoteId note);
    // The client's whole record for the client themself: it goes to them, so it needs no
    // consent to share (NotFoundError for an unknown client).
    ClientRecordData clientRecord(ClientId client);

    // The practice's details, logo and signature image and the moment they were read: the
    // header of a document about no client's record (a receipt, the year's report).
    ReportHeader letterhead();

    // The client's care team and every provider the client consented to share with, by name.
    std::vector<Recipient> recipientsFor(ClientId client);
    // The practice's providers by name (a practice keeps tens to a few hundred).
    std::vector<clients::Provider> providers() { return m_clients.providers().search("", 2000); }
    Date today() const { return m_clients.today(); }
    // The provider's active clients and whether each consents to sharing with them today.
    std::vector<clients::CareTeamClient> clientsOf(ProviderId provider)
    {
        return m_clients.clients().careTeamClients(provider, m_clients.today());
    }

    // Writes a document to `destination` and logs it, as one action: `writeBytes` writes the
    // file it is given ("<destination>.partial"); once `disclosure` (stamped with the practice
    // clock's time) is in the log, the file takes its final name. On failure nothing is left.
    // Returns the log entry's id.
    long long publish(Disclosure disclosure, const std::filesystem::path& destination,
                      const std::function<void(const std::filesystem::path& partial)>& writeBytes);
    // What a process killed while publishing left, once it is older than a minute (a file
    // being written by another program on the same practice is left alone): a logged file is
    // given its final name, a partial file not logged is removed. Returns how many were finished.
    int finishInterruptedFiles();
    // Logs a document that left with no file of the practice's (a receipt sent by email), stamped
    // with the practice clock's time, once it has left. Returns the log entry's id.
    long long record(Disclosure disclosure);
    std::vector<Disclosure> disclosures(ClientId client) { return m_disclosures.forClient(client); }

    // Throws ValidationError (field "recipient", rule "share-consent") unless the client has an
    // active consent to share with the provider today; returns that consent.
    clients::Consent requireShareConsent(const clients::ClientChart& chart, ProviderId recipient);

private:
    ReportHeader header(const clients::ClientChart& chart, const std::optional<ProviderId>& recipient);
    std::optional<plans::PlanProgress> planFor(ClientId client, const plans::ProgressData& data,
                                               const Date& to);

    clients::ClientService& m_clients;
    sessions::SessionService& m_sessions;
    plans::PlanService& m_plans;
    DisclosureStore& m_disclosures;
    schedule::ScheduleStore& m_book;
};

} // namespace knotwork::sharing
