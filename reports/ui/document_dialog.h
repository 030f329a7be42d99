#pragma once

#include <filesystem>
#include <optional>
#include <wx/dialog.h>
#include <wx/scrolwin.h>

#include "common/error.h"
#include "common/notifier.h"
#include "reports/pdf_document.h"
#include "reports/report_exporter.h"
#include "reports/ui/report_files.h"
#include "sharing/sharing_service.h"

class wxButton;
class wxStaticText;

namespace knotwork::reports::ui {

class ReportPreview;

// What every document dialog shares: its fields on the left with a message under them (why it
// cannot be saved, or what was saved), the pages as they will print on the right, and Save,
// Save and open, Close. Saving asks where, then writes the PDF and logs it as one action
// (ReportExporter through SharingService::publish); a refusal is said beside the fields, which
// keep what was typed.
class DocumentDialog : public wxDialog {
public:
    // Where to save (a file dialog; tests answer it).
    void setFileQuestion(PathQuestion ask) { m_askFile = std::move(ask); }
    // Lays the document out again from the fields.
    void updatePreview();
    // Saves the document; the file written, or nothing when cancelled or refused (and said why).
    std::optional<std::filesystem::path> save(bool open);

    ReportPreview& preview() const { return *m_preview; }
    // The line under the fields: the reason nothing can be saved, or what was saved.
    wxStaticText& problem() const { return *m_problem; }
    wxButton& saveButton() const { return *m_save; }

protected:
    DocumentDialog(wxWindow* parent, const wxString& title, const wxString& name, sharing::SharingService& sharing,
                   Notifier& notifier);

    // The parent of the subclass's fields: a column that scrolls when the screen is short.
    wxWindow* fieldsParent() const { return m_fields; }
    // A field's label, added to `fields` above the field; labelField then ties the two.
    wxStaticText* addLabel(wxSizer& fields, const wxString& text);
    // `label` names `field` for a screen reader and its Alt+letter goes there (for a date, to the
    // text typed into).
    static void labelField(wxStaticText& label, wxWindow& field);
    // Puts `fields` (made in fieldsParent(); the message stays under them, always in view) beside
    // the preview, sizes the dialog to fit the screen and shows the first preview. Call once, at
    // the end of the subclass's constructor.
    void finishLayout(wxSizer* fields, const wxSize& preferred);

    // The document as the fields ask for it; throws knotwork::Error when it cannot be written.
    virtual ReportPages layoutPages(TextMeasurer& measurer) = 0;
    // Writes and logs it; throws knotwork::Error.
    virtual ExportedReport exportTo(ReportExporter& exporter, const std::filesystem::path& file) = 0;
    // The file name offered in the save dialog.
    virtual wxString suggestedFileName() = 0;
    // Checks the fields before asking where to save; throws ValidationError.
    virtual void checkBeforeSaving() {}
    // Shows a refusal on the fields it names; false when none of them does (it is said under
    // the fields instead and nothing can be saved until the preview is shown again).
    virtual bool refuseOnField(const ValidationError&) { return false; }

    // The width the fields' column wraps its text to.
    int fieldsWidth() const;
    sharing::SharingService& sharing() { return m_sharing; }

private:
    void showMessage(const wxString& message, bool refused);

    sharing::SharingService& m_sharing;
    Notifier& m_notifier;
    PdfDocument m_measurer;  // measures the preview's text in the PDF's fonts
    PathQuestion m_askFile = askForPdfFile();

    wxScrolledWindow* m_fields = nullptr;
    wxStaticText* m_problem = nullptr;
    int m_problemWidth = 0;
    ReportPreview* m_preview = nullptr;
    wxButton* m_save = nullptr;
    wxButton* m_saveAndOpen = nullptr;
};

} // namespace knotwork::reports::ui
