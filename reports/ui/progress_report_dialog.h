#pragma once

#include <memory>
#include <optional>
#include <vector>
#include <wx/dialog.h>

#include "common/notifier.h"
#include "reports/pdf_document.h"
#include "reports/ui/report_files.h"
#include "sharing/sharing_service.h"

class wxButton;
class wxChoice;
class wxDatePickerCtrl;
class wxStaticText;
class wxTextCtrl;

namespace knotwork::reports::ui {

class ReportPreview;

// A progress report for one client: the recipient (the care team and every provider the client
// consented to share with; one without consent is listed but cannot be sent to), the period,
// the therapist's recommendations and questions, and the pages as they will print. Saving
// writes the PDF and logs the disclosure; "Save and open" then shows it in the PDF viewer.
class ProgressReportDialog : public wxDialog {
public:
    ProgressReportDialog(wxWindow* parent, sharing::SharingService& sharing, Notifier& notifier,
                         clients::ClientId client, const wxString& clientName,
                         std::optional<clients::ProviderId> recipient = std::nullopt);

    // Where to save (a file dialog; tests answer it).
    void setFileQuestion(PathQuestion ask) { m_askFile = std::move(ask); }
    // Lays the report out again from the fields.
    void updatePreview();
    // Saves the report; the file written, or nothing when cancelled or refused (and said why).
    std::optional<std::filesystem::path> save(bool open);

    ReportPreview& preview() const { return *m_preview; }
    wxStaticText& problem() const { return *m_problem; }
    wxButton& saveButton() const { return *m_save; }
    wxChoice& recipientChoice() const { return *m_recipient; }

private:
    wxSizer* buildFields();
    std::optional<sharing::ProgressReportRequest> request();
    void showProblem(const wxString& message);

    sharing::SharingService& m_sharing;
    Notifier& m_notifier;
    clients::ClientId m_client;
    wxString m_clientName;
    std::vector<sharing::Recipient> m_recipients;
    PdfDocument m_measurer;  // measures the preview's text in the PDF's fonts
    PathQuestion m_askFile = askForPdfFile();

    wxChoice* m_recipient;
    wxDatePickerCtrl* m_from;
    wxDatePickerCtrl* m_to;
    wxTextCtrl* m_recommendations;
    wxTextCtrl* m_questions;
    wxStaticText* m_problem;
    ReportPreview* m_preview;
    wxButton* m_save;
    wxButton* m_saveAndOpen;
};

} // namespace knotwork::reports::ui
