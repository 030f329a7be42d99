#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "reports/report_pages.h"
#include "sharing/sharing_service.h"

namespace knotwork::reports {

struct ExportedReport {
    std::filesystem::path file;
    std::string sha256;
    long long byteCount = 0;
    int pageCount = 0;
    long long disclosureId = 0;
};

// A laid-out document written to bytes and not given yet: what publishPdf writes to a file, or
// what an email attaches. `disclosure` is the log entry giving it writes, its SHA-256 and size
// filled in.
struct RenderedPdf {
    std::string bytes;
    int pageCount = 0;
    disclosures::Disclosure disclosure;
};

RenderedPdf renderPdf(const ReportPages& pages, PdfDocument& document, disclosures::Disclosure disclosure);

// Writes the rendered document to `destination` through SharingService::publish with its log
// entry (the file's name filled in): both or neither.
ExportedReport publishPdf(sharing::SharingService& sharing, RenderedPdf pdf, const std::filesystem::path& destination);
ExportedReport publishPdf(sharing::SharingService& sharing, const ReportPages& pages, PdfDocument& document,
                          disclosures::Disclosure disclosure, const std::filesystem::path& destination);

// Writes a document about a client to a PDF file and logs the disclosure: the consent check
// (SharingService), the layout, then SharingService::publish, which writes the file and its log
// entry as one action — after a failure or a kill at any moment, no PDF exists without its log
// entry and no partial file stays behind.
class ReportExporter {
public:
    explicit ReportExporter(sharing::SharingService& sharing) : m_sharing(sharing) {}

    ExportedReport progressReport(const sharing::ProgressReportRequest& request,
                                  const std::filesystem::path& destination);
    ExportedReport note(sessions::NoteId note, const std::optional<clients::ProviderId>& recipient,
                        const std::filesystem::path& destination);
    ExportedReport intake(clients::ClientId client, const std::optional<clients::ProviderId>& recipient,
                          const std::filesystem::path& destination);
    // The home-care handout of a signed note. It goes to the client, so it needs no consent to
    // share; it is logged like every document that leaves, with the client as its recipient.
    ExportedReport homeCareHandout(sessions::NoteId note, const std::filesystem::path& destination);
    // The client's whole record for the client themself (the right of access): no consent to
    // share is needed; logged with the client as its recipient.
    ExportedReport clientRecord(clients::ClientId client, const std::filesystem::path& destination);

private:
    template <typename Data, typename Layout>
    ExportedReport exportDocument(const Data& data, Layout layout, disclosures::Disclosure disclosure,
                                  const std::filesystem::path& destination);
    ExportedReport write(const ReportPages& pages, PdfDocument& document, const sharing::ReportHeader& header,
                         disclosures::Disclosure disclosure, const std::filesystem::path& destination);

    sharing::SharingService& m_sharing;
};

} // namespace knotwork::reports
