#include "clients/ui/practice_settings_dialog.h"

#include <wx/choice.h>
#include <wx/filepicker.h>
#include <wx/image.h>
#include <wx/log.h>
#include <wx/mstream.h>
#include <wx/radiobut.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "clients/client_service.h"
#include "clients/ui/attachment_file.h"
#include "common/ui/choice_controls.h"
#include "common/ui/file_dialogs.h"
#include "common/ui/form_grid.h"
#include "common/ui/number_field.h"
#include "clients/validation.h"
#include "common/error.h"
#include "common/ui/wx_text.h"

namespace knotwork::clients::ui {

using namespace knotwork::ui;

namespace {

const wxSize kPreviewSize(160, 80);

void ensureImageHandlers()
{
    if (!wxImage::FindHandler(wxBITMAP_TYPE_PNG))
        wxImage::AddHandler(new wxPNGHandler);
    if (!wxImage::FindHandler(wxBITMAP_TYPE_JPEG))
        wxImage::AddHandler(new wxJPEGHandler);
}

// The image scaled down to fit the preview, never up.
wxBitmap previewOf(wxImage image, const wxSize& box)
{
    if (!image.IsOk())
        return wxNullBitmap;
    const double scale = std::min({1.0, static_cast<double>(box.x) / image.GetWidth(),
                                   static_cast<double>(box.y) / image.GetHeight()});
    image.Rescale(std::max(1, static_cast<int>(image.GetWidth() * scale)),
                  std::max(1, static_cast<int>(image.GetHeight() * scale)), wxIMAGE_QUALITY_HIGH);
    return wxBitmap(image);
}

} // namespace

PracticeSettingsDialog::PracticeSettingsDialog(wxWindow* parent, ClientService& service)
    : RecordDialog(parent, _("Practice settings"), "practice-settings-dialog"),
      m_service(service),
      m_settings(service.settings()),
      m_safekeeping(*this, markers())
{
    ensureImageHandlers();
    FormGrid practice(this, _("Letterhead"), markers());
    practice.addNote(_("Reports print these details at the top of every letter and progress report."));
    m_practiceName = practice.addText(_("&Practice name"), "practice_name");
    m_therapistName = practice.addText(_("&Therapist's name"), "therapist_name");
    m_credentials = practice.addText(_("C&redentials"), "credentials");
    m_credentials->SetHint(_("e.g. RMT"));
    m_licence = practice.addText(_("&Licence number"), "licence_number");
    m_address = practice.addMultiLine(_("&Address"), "address");
    m_phone = practice.addText(_("P&hone"), "phone");
    m_email = practice.addText(_("&Email"), "email");

    m_logo = addImagePicker(practice, _("L&ogo"), "logo", _("Choose the practice logo"), wxString());
    m_signature = addImagePicker(practice, _("Si&gnature"), "signature", _("Choose an image of your signature"),
                                 _("Printed above the signature line of reports; without one they say "
                                   "\u201celectronically signed by\u201d you, with the date and time."));

    auto* paper = new wxBoxSizer(wxHORIZONTAL);
    for (const Choice<PaperSize>& choice : choices<PaperSize>()) {
        auto* button = new wxRadioButton(practice.parent(), wxID_ANY, labelText(choice.value), wxDefaultPosition,
                                         wxDefaultSize, m_paper.empty() ? wxRB_GROUP : 0, wxDefaultValidator,
                                         "paper_size." + knotwork::ui::toWx(choice.key));
        paper->Add(button, wxSizerFlags().Border(wxRIGHT, groupGap(*this)));
        m_paper.push_back(button);
    }
    practice.add(_("Paper si&ze"), paper, m_paper.front(), "paper_size");

    const wxString cutoffs[] = {wxString::Format(_("%d\u00b0 or less (default)"), kCfrtDefaultCutoff),
                                wxString::Format(_("%d\u00b0 or less"), kCfrtOtherCutoff)};
    m_cfrtCutoff = new wxChoice(practice.parent(), wxID_ANY, wxDefaultPosition, wxDefaultSize, 2, cutoffs, 0,
                                wxDefaultValidator, "cfrt_cutoff");
    m_cfrtCutoff->SetToolTip(_("The cervical flexion-rotation test calls a side restricted at this range or less "
                               "(Hall et al. 2010), or when it is 10\u00b0 or more below the other side. Notes "
                               "keep the cut-off they were written with."));
    practice.add(_("&Flexion-rotation test restricted at"), m_cfrtCutoff, FieldWidth::Natural);

    m_romChange = new NumberField(practice.parent(), "rom_meaningful_change", {5, 20, 1, 0}, _("degrees (5\u201320)"));
    m_romChange->SetToolTip(_("Range of motion varies about 5\u201310\u00b0 between measurements: reports call a "
                              "smaller change \u201cno meaningful change\u201d."));
    practice.add(_("Smallest &meaningful ROM change"), m_romChange, FieldWidth::Natural);

    using knotwork::ui::toWx;
    m_practiceName->SetValue(toWx(m_settings.practiceName));
    m_therapistName->SetValue(toWx(m_settings.therapistName));
    m_credentials->SetValue(toWx(m_settings.credentials));
    m_licence->SetValue(toWx(m_settings.licenceNumber));
    m_address->SetValue(toWx(m_settings.address));
    m_phone->SetValue(toWx(m_settings.phone));
    m_email->SetValue(toWx(m_settings.email));
    m_paper.at(static_cast<std::size_t>(choiceIndex(m_settings.paperSize)))->SetValue(true);
    m_cfrtCutoff->SetSelection(m_settings.cfrtCutoff == kCfrtOtherCutoff ? 1 : 0);
    m_romChange->setValue(m_settings.romMeaningfulChange);
    showStored(m_logo, m_settings.logoAttachmentId);
    showStored(m_signature, m_settings.signatureAttachmentId);
    m_safekeeping.show(m_settings.backup, m_settings.retention);
    markUnchanged();

    auto* body = new wxBoxSizer(wxVERTICAL);
    body->Add(practice.sizer(), wxSizerFlags().Expand());
    body->Add(m_safekeeping.backups(), wxSizerFlags().Expand().Border(wxTOP, groupGap(*this)));
    body->Add(m_safekeeping.retention(), wxSizerFlags().Expand().Border(wxTOP, groupGap(*this)));
    setBody(body, _("&Save"));
    Fit();
    SetMinSize(GetSize());
    Centre();
}

PracticeSettingsDialog::ImagePicker PracticeSettingsDialog::addImagePicker(FormGrid& grid, const wxString& label,
                                                                        const std::string& key,
                                                                        const wxString& prompt, const wxString& note)
{
    ImagePicker picker;
    auto* column = new wxBoxSizer(wxVERTICAL);
    picker.file = new FilePicker(grid.parent(), wxID_ANY, wxString(), prompt, imageWildcard(), wxDefaultPosition,
                                 wxDefaultSize, wxFLP_OPEN | wxFLP_FILE_MUST_EXIST | wxFLP_USE_TEXTCTRL,
                                 wxDefaultValidator, knotwork::ui::toWx(key));
    picker.preview = new wxStaticBitmap(grid.parent(), wxID_ANY, wxNullBitmap, wxDefaultPosition, wxDefaultSize, 0,
                                        knotwork::ui::toWx(key + ".preview"));
    picker.preview->Hide();  // until there is an image to show
    column->Add(picker.file, wxSizerFlags().Expand());
    if (!note.empty()) {
        picker.file->SetToolTip(note);
        auto* hint = new wxStaticText(grid.parent(), wxID_ANY, note);
        hint->Wrap(FromDIP(420));
        column->Add(hint, wxSizerFlags().Border(wxTOP, relatedGap(*this) / 2));
    }
    column->Add(picker.preview, wxSizerFlags().Border(wxTOP, relatedGap(*this)));
    grid.add(label, column, picker.file, key, FieldWidth::Full);
    picker.file->Bind(wxEVT_FILEPICKER_CHANGED, [this, picker](wxFileDirPickerEvent& event) {
        wxLogNull quiet;  // a file that is not an image is reported when saving
        showPreview(picker, wxImage(event.GetPath()));
        event.Skip();
    });
    return picker;
}

void PracticeSettingsDialog::showPreview(const ImagePicker& picker, const wxImage& image)
{
    picker.preview->SetBitmap(previewOf(image, FromDIP(kPreviewSize)));
    picker.preview->Show(image.IsOk());
    makeRoom();
}

void PracticeSettingsDialog::showStored(const ImagePicker& picker, const std::optional<long long>& attachmentId)
{
    if (!attachmentId)
        return;
    try {
        const Attachment stored = m_service.clients().attachment(*attachmentId);
        wxMemoryInputStream bytes(stored.content.data(), stored.content.size());
        wxLogNull quiet;
        showPreview(picker, wxImage(bytes));
    } catch (const NotFoundError&) {
        // The settings point at an image that is gone: show none; saving a new one fixes it.
    }
}

void PracticeSettingsDialog::save()
{
    PracticeSettings settings = m_settings;
    settings.practiceName = trimmedText(*m_practiceName);
    settings.therapistName = trimmedText(*m_therapistName);
    settings.credentials = trimmedText(*m_credentials);
    settings.licenceNumber = trimmedText(*m_licence);
    settings.address = typedText(*m_address);
    settings.phone = trimmedText(*m_phone);
    settings.email = trimmedText(*m_email);
    for (std::size_t i = 0; i < m_paper.size(); ++i)
        if (m_paper[i]->GetValue())
            settings.paperSize = choices<PaperSize>()[i].value;
    settings.cfrtCutoff = m_cfrtCutoff->GetSelection() == 1 ? kCfrtOtherCutoff : kCfrtDefaultCutoff;

    Validator problems;
    // Left empty or not a whole number: a value the rule refuses, so the message names the range.
    settings.romMeaningfulChange = m_romChange->readWhole(problems).value_or(0);
    const std::optional<Attachment> logo = readAttachment(m_logo.file->GetPath(), "logo", problems);
    const std::optional<Attachment> signature = readAttachment(m_signature.file->GetPath(), "signature", problems);
    m_safekeeping.read(settings.backup, settings.retention, problems);
    if (!problems.ok()) {
        validateSettings(settings, std::nullopt, std::nullopt, problems);
        problems.throwIfAny();
    }
    m_service.saveSettings(settings, logo, signature);
}

} // namespace knotwork::clients::ui
