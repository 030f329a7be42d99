#include "reports/ui/document_dialog.h"

#include <algorithm>
#include <wx/button.h>
#include <wx/datectrl.h>
#include <wx/textctrl.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/settings.h>
#include <wx/stattext.h>

#include "common/error.h"
#include "common/ui/accessibility.h"
#include "common/ui/scrolling_body.h"
#include "common/ui/work_area.h"
#include "common/ui/wx_text.h"
#include "reports/ui/report_preview.h"

namespace knotwork::reports::ui {

using knotwork::ui::toUtf8;
using knotwork::ui::toWx;

namespace {
constexpr int kFieldsWidth = 300;

// The text box inside a composite control (a date picker's), which is what takes the focus.
wxWindow* textInside(wxWindow& control)
{
    for (wxWindow* child : control.GetChildren()) {
        if (dynamic_cast<wxTextCtrl*>(child))
            return child;
        if (wxWindow* found = textInside(*child))
            return found;
    }
    return nullptr;
}
} // namespace

DocumentDialog::DocumentDialog(wxWindow* parent, const wxString& title, const wxString& name,
                               sharing::SharingService& sharing, Notifier& notifier)
    : wxDialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_sharing(sharing), m_notifier(notifier)
{
    SetName(name);
    m_fields = new knotwork::ui::ScrollingBody(this, "document-fields", wxVERTICAL);
}

wxStaticText* DocumentDialog::addLabel(wxSizer& fields, const wxString& text)
{
    auto* label = new wxStaticText(fieldsParent(), wxID_ANY, text);
    fields.Add(label, wxSizerFlags().Border(wxBOTTOM, 4));
    return label;
}

void DocumentDialog::labelField(wxStaticText& label, wxWindow& field)
{
    wxWindow* typedInto = dynamic_cast<wxDatePickerCtrl*>(&field) ? textInside(field) : nullptr;
    knotwork::ui::labelControl(label, typedInto ? *typedInto : field);
}

int DocumentDialog::fieldsWidth() const
{
    return FromDIP(kFieldsWidth);
}

void DocumentDialog::finishLayout(wxSizer* fields, const wxSize& preferred)
{
    m_fields->SetSizer(fields);
    // As wide as the widest field (never narrower than the text wraps to), with room for the
    // scroll bar a short screen adds; as tall as the dialog leaves.
    const int width = std::max(fields->CalcMin().x, fieldsWidth()) + wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, this);
    m_fields->SetMinSize(wxSize(width, FromDIP(120)));
    // Under the fields and outside their scrolling, so a refusal is always in view; wrapped to the
    // column, so a long message never runs over the preview.
    m_problem = new wxStaticText(this, wxID_ANY, wxString());
    m_problem->SetName("report-problem");
    knotwork::ui::labelNothing(*m_problem);  // not the label of the preview made after it
    m_problemWidth = width;
    m_preview = new ReportPreview(this);

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(m_fields, wxSizerFlags(1).Expand());
    column->Add(m_problem, wxSizerFlags().Expand().Border(wxTOP, 8));
    auto* body = new wxBoxSizer(wxHORIZONTAL);
    body->Add(column, wxSizerFlags().Expand().Border(wxALL, 12));
    body->Add(m_preview, wxSizerFlags(1).Expand().Border(wxTOP | wxRIGHT | wxBOTTOM, 12));

    m_save = new wxButton(this, wxID_SAVE, _("&Save…"));
    m_saveAndOpen = new wxButton(this, wxID_ANY, _("Save and &open…"));
    m_saveAndOpen->SetName("save-and-open");
    auto* close = new wxButton(this, wxID_CLOSE, _("Close"));
    m_save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save(false); });
    m_saveAndOpen->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save(true); });
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CLOSE); });
    SetEscapeId(wxID_CLOSE);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->AddStretchSpacer();
    buttons->Add(m_save, wxSizerFlags().Border(wxRIGHT, 8));
    buttons->Add(m_saveAndOpen, wxSizerFlags().Border(wxRIGHT, 8));
    buttons->Add(close);

    auto* window = new wxBoxSizer(wxVERTICAL);
    window->Add(body, wxSizerFlags(1).Expand());
    window->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, 12));
    SetSizer(window);

    // As large as asked, never larger than the screen's work area it opens on.
    SetSize(FromDIP(preferred));
    CentreOnParent();
    knotwork::ui::keepWithinWorkArea(*this);
    updatePreview();
}

void DocumentDialog::showMessage(const wxString& message, bool refused)
{
    m_problem->SetForegroundColour(refused ? wxColour(170, 40, 30) : GetForegroundColour());
    m_problem->SetLabel(message);
    m_problem->Wrap(m_problemWidth);
    m_save->Enable(!refused);
    m_saveAndOpen->Enable(!refused);
    Layout();
}

void DocumentDialog::updatePreview()
{
    try {
        m_preview->setReport(layoutPages(m_measurer));
        showMessage(wxString(), false);
    } catch (const Error& error) {
        // The fields stay as typed; the reason is shown beside them and nothing can be saved.
        m_preview->clear(_("No preview: see the reason on the left."));
        showMessage(toWx(error.what()), true);
    }
}

std::optional<std::filesystem::path> DocumentDialog::save(bool open)
{
    std::optional<std::filesystem::path> file;
    try {
        checkBeforeSaving();
        file = m_askFile(this, suggestedFileName());
        if (!file)
            return std::nullopt;
        ReportExporter exporter(m_sharing);
        const ExportedReport exported = exportTo(exporter, *file);
        showMessage(wxString::Format(wxPLURAL("Saved %s (%d page) and logged it in the client's chart.",
                                              "Saved %s (%d pages) and logged it in the client's chart.",
                                              exported.pageCount),
                                     toWx(file->filename().string()), exported.pageCount),
                    false);
    } catch (const ValidationError& error) {
        if (!refuseOnField(error))
            showMessage(toWx(error.what()), true);
        return std::nullopt;
    } catch (const Error& error) {
        showMessage(toWx(error.what()), true);
        return std::nullopt;
    }
    if (open && !openInViewer(*file))
        m_notifier.showInformation(toUtf8(_("Document saved")),
                                   toUtf8(wxString::Format(_("No PDF viewer opened %s. The document is saved there."),
                                                           toWx(file->string()))));
    return file;
}

} // namespace knotwork::reports::ui
