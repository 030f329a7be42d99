#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "reports/ui/assessment_fields.h"

#include "reports/ui/document_dialog.h"

class wxChoice;
class wxDatePickerCtrl;
class wxTextCtrl;

namespace knotwork::reports::ui {

// A progress report for one client: the recipient (the care team and every provider the client
// consented to share with; one without consent is listed but cannot be sent to), the period,
// the therapist's assessment (AssessmentFields), recommendations and questions, and the pages as
// they will print. Saving checks the assessment (a refusal is shown on its field), then writes
// the PDF and logs the disclosure; "Save and open" then shows it in the PDF viewer.
class ProgressReportDialog : public DocumentDialog {
public:
    ProgressReportDialog(wxWindow* parent, sharing::SharingService& sharing, Notifier& notifier,
                         clients::ClientId client, const wxString& clientName,
                         std::optional<clients::ProviderId> recipient = std::nullopt);

    wxChoice& recipientChoice() const { return *m_recipient; }
    AssessmentFields& assessment() const { return *m_assessment; }

private:
    wxSizer* buildFields();
    // The report the fields ask for; throws ValidationError when no recipient can be chosen.
    sharing::ProgressReportRequest request() const;

    ReportPages layoutPages(TextMeasurer& measurer) override;
    ExportedReport exportTo(ReportExporter& exporter, const std::filesystem::path& file) override;
    wxString suggestedFileName() override;
    void checkBeforeSaving() override;
    bool refuseOnField(const ValidationError& error) override;

    clients::ClientId m_client;
    wxString m_clientName;
    std::vector<sharing::Recipient> m_recipients;

    wxChoice* m_recipient;
    wxDatePickerCtrl* m_from;
    wxDatePickerCtrl* m_to;
    std::unique_ptr<AssessmentFields> m_assessment;
    wxTextCtrl* m_recommendations;
    wxTextCtrl* m_questions;
};

} // namespace knotwork::reports::ui
