#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "clients/client_chart.h"
#include "clients/practice_settings.h"
#include "disclosures/disclosure.h"
#include "plans/plan_service.h"
#include "schedule/attendance.h"
#include "sharing/assessment.h"
#include "sessions/soap_note.h"

namespace knotwork::sharing {

// What every document carries at its head: who writes it, about whom, to whom.
struct ReportHeader {
    clients::PracticeSettings practice;
    std::optional<std::string> logo;  // the logo file's bytes, PNG or JPEG
    std::optional<std::string> signature;  // the therapist's signature image's bytes, PNG or JPEG
    clients::Client client;
    std::optional<clients::Provider> recipient;  // none: a copy for the client or the file
    bool forTheClient = false;                   // given to the client themself (their own record)
    std::optional<clients::Consent> consent;     // the consent that allows sending it
    Date written{boost::gregorian::not_a_date_time};
    std::optional<Timestamp> writtenAt;  // the moment it was gathered: the PDF's creation date
    // The providers the documents name (care team, diagnoses, clearances, referrals).
    std::map<clients::ProviderId, clients::Provider> providers;
    // The record chain's head when the document was gathered ("chain 1234 · 9f3a…"), printed
    // small at the foot of every page so each recipient holds a witness; empty without a chain.
    std::string chainWitness;

    std::string providerName(const std::optional<clients::ProviderId>& id, const std::string& typed = {}) const;
};

// The last progress report this recipient was sent about this client, from the disclosure log.
struct EarlierReport {
    Date sent{boost::gregorian::not_a_date_time};
    Date periodFrom{boost::gregorian::not_a_date_time};
    Date periodTo{boost::gregorian::not_a_date_time};
};

// Everything a progress report shows, gathered by SharingService; the report only lays it out.
struct ProgressReportData {
    ReportHeader header;
    clients::ClientChart chart;
    Date from{boost::gregorian::not_a_date_time};
    Date to{boost::gregorian::not_a_date_time};
    std::vector<sessions::SoapNote> notes;  // signed, visited within the period, oldest first
    // The appointment book's count of the period's visits: attended, cancelled, missed. None when
    // the book holds none of them (the practice books elsewhere): the report then says nothing
    // about cancellations rather than claiming there were none.
    std::optional<schedule::Attendance> attendance;
    plans::ProgressData progress;           // the whole history: baselines may predate the period
    std::optional<plans::PlanProgress> plan;  // the open plan, else the latest
    // The plan's home-programme text when the therapist wrote or changed it; empty when it is a
    // template's text left as it came (it may name another provider's prescription): a report
    // never presents a template's default as the therapist's.
    std::string planHomeProgrammeNotes;
    clients::SafetyAssessment safety;         // as of the day written
    std::string recommendations;              // the therapist's words for this report
    std::string questions;                    // questions for the recipient
    AssessmentBlock assessment;               // the therapist's assessment (or discharge words)
    std::optional<Discharge> discharge;       // the plan was completed or discontinued: the report is its discharge summary
    // Changes since the last report: none for a first report to this recipient, or a copy
    // without one.
    std::optional<EarlierReport> lastReport;
};

struct NoteReportData {
    ReportHeader header;
    sessions::SoapNote note;
    std::set<clients::HealthFlag> precautions;  // the client's, printed with the note
};

struct IntakeReportData {
    ReportHeader header;
    clients::ClientChart chart;
    clients::SafetyAssessment safety;
};

// A client's whole record, for the client themself (the right of access): everything on file
// about them, and the log of what left the practice about them.
struct ClientRecordData {
    ReportHeader header;  // addressed to no provider: the client's own copy
    clients::ClientChart chart;
    clients::SafetyAssessment safety;
    std::vector<plans::PlanProgress> plans;       // oldest first, each with its goals' progress
    std::vector<plans::OutcomeMeasure> measures;  // oldest first, voided ones too (marked)
    std::vector<sessions::SoapNote> notes;        // every signed note, oldest first, with addenda
    std::vector<disclosures::Disclosure> disclosures;  // oldest first
};

} // namespace knotwork::sharing
