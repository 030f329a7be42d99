#include "reports/ui/record_document_dialog.h"

#include <algorithm>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "clients/client_choices.h"
#include "common/error.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"
#include "reports/home_care_handout.h"
#include "reports/record_reports.h"

namespace knotwork::reports::ui {

using knotwork::ui::formatDate;
using knotwork::ui::toUtf8;
using knotwork::ui::toWx;

namespace {

wxString titleOf(RecordDocument document, const wxString& client)
{
    switch (document) {
    case RecordDocument::Note:
        return wxString::Format(_("Signed note of %s as PDF"), client);
    case RecordDocument::Handout:
        return wxString::Format(_("Home-care handout for %s"), client);
    case RecordDocument::IntakeSummary:
        break;
    }
    return wxString::Format(_("Intake summary of %s as PDF"), client);
}

wxString introOf(RecordDocument document)
{
    switch (document) {
    case RecordDocument::Note:
        return _("The note as signed, with its addenda and body chart: a copy for the client's record, or for a "
                 "provider the client consented to share with.");
    case RecordDocument::Handout:
        return _("One page for the client to take home, in plain words: only the home care the visit's note "
                 "gave, with your own words from the note. It is logged as given to the client.");
    case RecordDocument::IntakeSummary:
        break;
    }
    return _("The intake, screening, clearances and consents on file: a copy for the client's record, or for a "
             "provider the client consented to share with.");
}

} // namespace

RecordDocumentDialog::RecordDocumentDialog(wxWindow* parent, sharing::SharingService& sharing, Notifier& notifier,
                                           RecordDocument document, clients::ClientId client,
                                           const wxString& clientName, std::vector<sessions::NoteSummary> signedNotes,
                                           std::optional<sessions::NoteId> chosen)
    : DocumentDialog(parent, titleOf(document, clientName), "record-document-dialog", sharing, notifier),
      m_document(document), m_client(client), m_clientName(clientName), m_notes(std::move(signedNotes))
{
    if (m_document != RecordDocument::Handout)
        m_recipients = sharing.recipientsFor(client);
    wxSizer* fields = buildFields();
    if (m_visit && !m_notes.empty()) {
        const auto found = std::ranges::find_if(m_notes, [&](const sessions::NoteSummary& note) {
            return chosen && note.id == *chosen;
        });
        m_visit->SetSelection(found == m_notes.end() ? 0 : static_cast<int>(found - m_notes.begin()));
    }
    finishLayout(fields, wxSize(1040, 740));
}

wxSizer* RecordDocumentDialog::buildFields()
{
    auto* fields = new wxBoxSizer(wxVERTICAL);
    auto* intro = new wxStaticText(fieldsParent(), wxID_ANY, introOf(m_document));
    intro->Wrap(fieldsWidth());
    fields->Add(intro, wxSizerFlags().Border(wxBOTTOM, 16));
    if (m_document != RecordDocument::IntakeSummary) {
        wxStaticText* label = addLabel(*fields, _("&Visit"));
        m_visit = new wxChoice(fieldsParent(), wxID_ANY);
        labelField(*label, *m_visit);
        m_visit->SetName("visit");
        for (const sessions::NoteSummary& note : m_notes)
            m_visit->Append(note.kind == sessions::NoteKind::Referral
                                ? wxString::Format(_("%s (referral visit)"), formatDate(note.visitDate))
                                : formatDate(note.visitDate));
        fields->Add(m_visit, wxSizerFlags().Expand().Border(wxBOTTOM, 16));
        m_visit->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { updatePreview(); });
    }
    if (m_document != RecordDocument::Handout) {
        wxStaticText* label = addLabel(*fields, _("&For"));
        m_recipient = new wxChoice(fieldsParent(), wxID_ANY);
        labelField(*label, *m_recipient);
        m_recipient->SetName("recipient");
        m_recipient->Append(_("The client's record (no recipient)"));
        for (const sharing::Recipient& recipient : m_recipients) {
            const wxString role = toWx(labelOf(recipient.provider.role));
            m_recipient->Append(recipient.sharingConsent
                                    ? wxString::Format("%s (%s)", toWx(recipient.provider.name), role)
                                    : wxString::Format(_("%s (%s): no consent to share"), toWx(recipient.provider.name),
                                                       role));
        }
        m_recipient->SetSelection(0);
        fields->Add(m_recipient, wxSizerFlags().Expand().Border(wxBOTTOM, 16));
        m_recipient->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { updatePreview(); });
    }
    return fields;
}

sessions::NoteId RecordDocumentDialog::chosenNote() const
{
    const int chosen = m_visit ? m_visit->GetSelection() : wxNOT_FOUND;
    if (chosen == wxNOT_FOUND)
        throw ValidationError("note", "required",
                              toUtf8(_("Visit: the client has no signed note yet. Sign the visit's note first.")));
    return m_notes[static_cast<std::size_t>(chosen)].id;
}

std::optional<clients::ProviderId> RecordDocumentDialog::chosenRecipient() const
{
    const int chosen = m_recipient ? m_recipient->GetSelection() : 0;
    if (chosen <= 0)
        return std::nullopt;
    return m_recipients[static_cast<std::size_t>(chosen - 1)].provider.id;
}

ReportPages RecordDocumentDialog::layoutPages(TextMeasurer& measurer)
{
    switch (m_document) {
    case RecordDocument::Note:
        return layoutNoteReport(sharing().noteReport(chosenNote(), chosenRecipient()), measurer);
    case RecordDocument::Handout:
        return layoutHomeCareHandout(sharing().homeCareHandout(chosenNote()), measurer);
    case RecordDocument::IntakeSummary:
        break;
    }
    return layoutIntakeReport(sharing().intakeReport(m_client, chosenRecipient()), measurer);
}

ExportedReport RecordDocumentDialog::exportTo(ReportExporter& exporter, const std::filesystem::path& file)
{
    switch (m_document) {
    case RecordDocument::Note:
        return exporter.note(chosenNote(), chosenRecipient(), file);
    case RecordDocument::Handout:
        return exporter.homeCareHandout(chosenNote(), file);
    case RecordDocument::IntakeSummary:
        break;
    }
    return exporter.intake(m_client, chosenRecipient(), file);
}

wxString RecordDocumentDialog::suggestedFileName()
{
    if (m_document == RecordDocument::IntakeSummary)
        return reportFileName(_("Intake summary"), m_clientName, toWx(isoDate(sharing().today())));
    const int chosen = m_visit->GetSelection();
    const wxString day = chosen == wxNOT_FOUND ? toWx(isoDate(sharing().today()))
                                               : toWx(isoDate(m_notes[static_cast<std::size_t>(chosen)].visitDate));
    return reportFileName(m_document == RecordDocument::Note ? _("Treatment note") : _("Home care"), m_clientName, day);
}

} // namespace knotwork::reports::ui
