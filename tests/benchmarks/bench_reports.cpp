// The progress report for a client seen 80 times over two years (the yardstick: under
// 50 ms and under 300 KB), beside bare libharu writing the same number of pages with the same
// embedded fonts: the floor no layout can go below.
#include <benchmark/benchmark.h>

#include "db/practice_opener.h"
#include "app/practice/practice_context.h"
#include "reports/progress_report.h"
#include "reports/report_exporter.h"
#include "reports/sha256.h"
#include "support/sample_note.h"
#include "support/treatment_consent.h"
#include "support/sample_report.h"
#include "support/temp_dir.h"

namespace knotwork::reports {
namespace {

using boost::gregorian::days;

constexpr int kVisits = 80;
const Date kFirstVisit(2024, 11, 4);  // 80 visits about 9 days apart: two years to the report
const Date kReportDay(2026, 11, 30);

void reportCounters(benchmark::State& state, const std::string& bytes, int pages)
{
    state.counters["KB"] = static_cast<double>(bytes.size()) / 1024;
    state.counters["pages"] = pages;
}

// Layout and PDF from data in memory: what the report itself costs.
void ProgressReportOf80VisitsLaidOutAndWritten(benchmark::State& state)
{
    const sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(kVisits, kFirstVisit);
    std::string bytes;
    int pages = 0;
    for (auto _ : state) {
        PdfDocument document;
        const ReportPages report = layoutProgressReport(data, document);
        bytes = writePdf(report, document);
        pages = static_cast<int>(report.pages.size());
    }
    reportCounters(state, bytes, pages);
}
BENCHMARK(ProgressReportOf80VisitsLaidOutAndWritten)->Unit(benchmark::kMillisecond);

// The same number of pages, one line each, in the same two embedded fonts.
void BareLibharuSamePageCount(benchmark::State& state)
{
    const sharing::ProgressReportData data = knotwork::testing::sampleProgressReport(kVisits, kFirstVisit);
    int pages = 0;
    {
        PdfDocument document;
        pages = static_cast<int>(layoutProgressReport(data, document).pages.size());
    }
    std::string bytes;
    for (auto _ : state) {
        PdfDocument document;
        for (int page = 0; page < pages; ++page) {
            HPDF_Page added = document.addPage(PaperSize::A4);
            document.writeText(added, document.reportFont(true), 16, 50, 780, "Massage therapy progress report");
            document.writeText(added, document.reportFont(false), 9.5f, 50, 760, "Zoë Thị Nguyễn-Łukasiewicz");
        }
        bytes = document.bytes();
    }
    reportCounters(state, bytes, pages);
}
BENCHMARK(BareLibharuSamePageCount)->Unit(benchmark::kMillisecond);

// A practice file holding the 80-visit client: signed notes, measures, a plan, consent to share.
struct ReportPractice {
    ReportPractice() : file(dir / "practice.sqlite")
    {
        auto database = db::openPractice(file, db::OpenMode::CreateIfMissing, "benchmark").database;
        app::PracticeContext stores(*database, "benchmark", Clock::stoppedOn(kReportDay));
        clients::ClientService& clients = stores.clientService();
        clients::Provider pt;
        pt.name = "Dr Amara Okafor, PT";
        pt.role = clients::ProviderRole::PhysicalTherapist;
        recipient = clients.saveProvider(pt);
        clients::IntakeRecord record;
        record.client.familyName = "Nguyễn-Łukasiewicz";
        record.client.givenNames = "Zoë Thị";
        record.careTeam = {{recipient, clients::CareRelation::Referring, kFirstVisit, "Cervicogenic headache"}};
        record.diagnoses = {{clients::HeadacheType::Cervicogenic, recipient, "", kFirstVisit - days(20), ""}};
        client = clients.saveIntake(record);
        clients::Consent consent;
        consent.kind = clients::ConsentKind::ShareRecords;
        consent.providerId = recipient;
        consent.givenOn = kFirstVisit;
        clients.recordConsent(client, consent);
        knotwork::testing::consentToTreatment(clients, client, kFirstVisit);

        sessions::SessionService& sessions = stores.sessionService();
        for (int visit = 0; visit < kVisits; ++visit) {
            const Date day = kFirstVisit + days(9 * visit);
            sessions::SoapNote opened = sessions.openNote(client, day, std::nullopt);
            sessions::SoapNote note = knotwork::testing::sampleNote(client, day);
            note.id = opened.id;
            note.rowVersion = opened.rowVersion;
            note.subjective.headacheDays = std::max(1, 9 - visit / 8);
            note.rowVersion = sessions.saveDraft(note);
            sessions.sign(note.id, note.rowVersion);
        }
        plans::PlanService& planService = stores.planService();
        plans::TreatmentPlan plan = planService.planFromTemplate(client, planService.builtInTemplateFor(client),
                                                                 kFirstVisit).plan;
        planService.addPlan(plan);
        for (const plans::OutcomeMeasure& measure : knotwork::testing::sampleProgressReport(kVisits, kFirstVisit).progress.measures) {
            plans::OutcomeMeasure taken = measure;
            taken.clientId = client;
            planService.addMeasure(taken);
        }
    }
    knotwork::testing::TempDir dir;
    std::filesystem::path file;
    clients::ClientId client = 0;
    clients::ProviderId recipient = 0;
};

const ReportPractice& reportPractice()
{
    static const ReportPractice practice;
    return practice;
}

// The report to the referring PT with the therapist's assessment, as the CLI sends it.
sharing::ProgressReportRequest requestToSend(const ReportPractice& practice)
{
    sharing::ProgressReportRequest request;
    request.client = practice.client;
    request.recipient = practice.recipient;
    request.assessment = {"Fewer headache days.", "", "", "Goals not yet met."};
    return request;
}

// Reading what the report shows: consent, chart, the 80 signed notes, findings, measures, plan.
void ProgressReportOf80VisitsGathered(benchmark::State& state)
{
    auto database = db::openPractice(reportPractice().file, db::OpenMode::ExistingOnly, "benchmark").database;
    app::PracticeContext stores(*database, "benchmark", Clock::stoppedOn(kReportDay));
    sharing::ProgressReportRequest request;
    request.client = reportPractice().client;
    request.recipient = reportPractice().recipient;
    for (auto _ : state)
        benchmark::DoNotOptimize(stores.sharingService().progressReport(request));
}
BENCHMARK(ProgressReportOf80VisitsGathered)->Unit(benchmark::kMillisecond);

// What `knotwork-cli report progress` does: consent check, reading the record, layout, PDF,
// the file written beside its destination and renamed, its hash, the disclosure logged.
void ProgressReportOf80VisitsExportedFromThePractice(benchmark::State& state)
{
    const ReportPractice& practice = reportPractice();
    auto database = db::openPractice(practice.file, db::OpenMode::ExistingOnly, "benchmark").database;
    app::PracticeContext stores(*database, "benchmark", Clock::stoppedOn(kReportDay));
    ReportExporter exporter(stores.sharingService());
    const sharing::ProgressReportRequest request = requestToSend(practice);
    const auto out = practice.dir / "report.pdf";
    ExportedReport exported;
    for (auto _ : state)
        exported = exporter.progressReport(request, out);
    state.counters["KB"] = static_cast<double>(exported.byteCount) / 1024;
    state.counters["pages"] = exported.pageCount;
}
BENCHMARK(ProgressReportOf80VisitsExportedFromThePractice)->Unit(benchmark::kMillisecond);

// What the export adds to the finished PDF: its SHA-256, the file written beside its destination,
// synced and renamed, and the disclosure logged (a write transaction, synced). Wall time beyond
// CPU time here is mostly waiting for the disk.
void ProgressReportOf80VisitsPublished(benchmark::State& state)
{
    const ReportPractice& practice = reportPractice();
    auto database = db::openPractice(practice.file, db::OpenMode::ExistingOnly, "benchmark").database;
    app::PracticeContext stores(*database, "benchmark", Clock::stoppedOn(kReportDay));
    const sharing::ProgressReportData data = stores.sharingService().progressReportToSend(requestToSend(practice));
    PdfDocument document;
    const ReportPages pages = layoutProgressReport(data, document);
    RenderedPdf rendered{writePdf(pages, document), static_cast<int>(pages.pages.size()), {}};
    rendered.disclosure.kind = disclosures::DocumentKind::ProgressReport;
    rendered.disclosure.clientId = practice.client;
    rendered.disclosure.recipientId = practice.recipient;
    rendered.disclosure.byteCount = static_cast<long long>(rendered.bytes.size());
    const auto out = practice.dir / "published.pdf";
    for (auto _ : state) {
        RenderedPdf pdf = rendered;
        pdf.disclosure.sha256 = sha256Hex(pdf.bytes);
        benchmark::DoNotOptimize(publishPdf(stores.sharingService(), std::move(pdf), out));
    }
}
BENCHMARK(ProgressReportOf80VisitsPublished)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace knotwork::reports
