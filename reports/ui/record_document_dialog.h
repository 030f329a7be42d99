#pragma once

#include <optional>
#include <vector>

#include "reports/ui/document_dialog.h"
#include "sessions/soap_note.h"

class wxChoice;

namespace knotwork::reports::ui {

// The documents of one record the chart saves as PDF, as the CLI's `report note|handout|intake`.
enum class RecordDocument {
    Note,           // a signed note, for the client's record or a provider who may see it
    Handout,        // the home care a signed note gave, for the client to take home
    IntakeSummary,  // the intake, for the client's record or a provider who may see it
};

// A signed note, its home-care handout or the intake summary as PDF: which visit (a note or
// handout), for whom (the client's record, or a provider the client consented to share with; a
// handout goes to the client), and the pages as they will print. Saving writes and logs it.
class RecordDocumentDialog : public DocumentDialog {
public:
    // `signedNotes`: the client's signed notes, newest first (a note or handout chooses one;
    // `chosen` first, else the newest).
    RecordDocumentDialog(wxWindow* parent, sharing::SharingService& sharing, Notifier& notifier,
                         RecordDocument document, clients::ClientId client, const wxString& clientName,
                         std::vector<sessions::NoteSummary> signedNotes, std::optional<sessions::NoteId> chosen);

    RecordDocument document() const { return m_document; }
    wxChoice* visitChoice() const { return m_visit; }          // none for the intake summary
    wxChoice* recipientChoice() const { return m_recipient; }  // none for the handout

private:
    wxSizer* buildFields();
    sessions::NoteId chosenNote() const;
    std::optional<clients::ProviderId> chosenRecipient() const;

    ReportPages layoutPages(TextMeasurer& measurer) override;
    ExportedReport exportTo(ReportExporter& exporter, const std::filesystem::path& file) override;
    wxString suggestedFileName() override;

    RecordDocument m_document;
    clients::ClientId m_client;
    wxString m_clientName;
    std::vector<sessions::NoteSummary> m_notes;
    std::vector<sharing::Recipient> m_recipients;

    wxChoice* m_visit = nullptr;
    wxChoice* m_recipient = nullptr;
};

} // namespace knotwork::reports::ui
