#include "reports/report_exporter.h"

#include "reports/client_record_summary.h"
#include "reports/home_care_handout.h"
#include "reports/progress_report.h"
#include "reports/record_reports.h"
#include "reports/sha256.h"

namespace knotwork::reports {

namespace fs = std::filesystem;
using disclosures::Disclosure;
using disclosures::DocumentKind;

RenderedPdf renderPdf(const ReportPages& pages, PdfDocument& document, Disclosure disclosure)
{
    RenderedPdf pdf{writePdf(pages, document), static_cast<int>(pages.pages.size()), std::move(disclosure)};
    pdf.disclosure.sha256 = sha256Hex(pdf.bytes);
    pdf.disclosure.byteCount = static_cast<long long>(pdf.bytes.size());
    return pdf;
}

ExportedReport publishPdf(sharing::SharingService& sharing, RenderedPdf pdf, const fs::path& destination)
{
    ExportedReport exported;
    exported.file = destination;
    exported.sha256 = pdf.disclosure.sha256;
    exported.byteCount = pdf.disclosure.byteCount;
    exported.pageCount = pdf.pageCount;
    pdf.disclosure.fileName = destination.filename().string();
    exported.disclosureId = sharing.publish(pdf.disclosure, destination, [&](const fs::path& partial) {
        writeWholeFile(partial, pdf.bytes, destination);
    });
    return exported;
}

ExportedReport publishPdf(sharing::SharingService& sharing, const ReportPages& pages, PdfDocument& document,
                          Disclosure disclosure, const fs::path& destination)
{
    return publishPdf(sharing, renderPdf(pages, document, std::move(disclosure)), destination);
}

ExportedReport ReportExporter::write(const ReportPages& pages, PdfDocument& document,
                                     const sharing::ReportHeader& header, Disclosure disclosure,
                                     const fs::path& destination)
{
    disclosure.clientId = header.client.id;
    if (header.recipient) {
        disclosure.recipientId = header.recipient->id;
        disclosure.recipientName = header.recipient->name;
    }
    return publishPdf(m_sharing, pages, document, std::move(disclosure), destination);
}

// Lays out `data` with `layout` and writes and logs it as `disclosure`.
template <typename Data, typename Layout>
ExportedReport ReportExporter::exportDocument(const Data& data, Layout layout, Disclosure disclosure,
                                              const fs::path& destination)
{
    PdfDocument document;
    const ReportPages pages = layout(data, document);
    return write(pages, document, data.header, std::move(disclosure), destination);
}

ExportedReport ReportExporter::progressReport(const sharing::ProgressReportRequest& request,
                                              const fs::path& destination)
{
    const sharing::ProgressReportData data = m_sharing.progressReportToSend(request);
    Disclosure disclosure;
    disclosure.kind = DocumentKind::ProgressReport;
    disclosure.periodFrom = data.from;
    disclosure.periodTo = data.to;
    return exportDocument(data, &layoutProgressReport, disclosure, destination);
}

ExportedReport ReportExporter::note(sessions::NoteId note, const std::optional<clients::ProviderId>& recipient,
                                    const fs::path& destination)
{
    Disclosure disclosure;
    disclosure.kind = DocumentKind::SoapNote;
    disclosure.noteId = note;
    return exportDocument(m_sharing.noteReport(note, recipient), &layoutNoteReport, disclosure, destination);
}

ExportedReport ReportExporter::intake(clients::ClientId client, const std::optional<clients::ProviderId>& recipient,
                                      const fs::path& destination)
{
    Disclosure disclosure;
    disclosure.kind = DocumentKind::IntakeSummary;
    return exportDocument(m_sharing.intakeReport(client, recipient), &layoutIntakeReport, disclosure, destination);
}

ExportedReport ReportExporter::homeCareHandout(sessions::NoteId note, const fs::path& destination)
{
    const sharing::NoteReportData data = m_sharing.homeCareHandout(note);
    Disclosure disclosure;
    disclosure.kind = DocumentKind::HomeCareHandout;
    disclosure.noteId = note;
    disclosure.recipientName = clients::fullName(data.header.client);
    return exportDocument(data, &layoutHomeCareHandout, disclosure, destination);
}

ExportedReport ReportExporter::clientRecord(clients::ClientId client, const fs::path& destination)
{
    const sharing::ClientRecordData data = m_sharing.clientRecord(client);
    Disclosure disclosure;
    disclosure.kind = DocumentKind::ClientRecord;
    disclosure.recipientName = clients::fullName(data.header.client);
    return exportDocument(data, &layoutClientRecordSummary, disclosure, destination);
}

} // namespace knotwork::reports
