#include "app/gui/restore_dialog.h"

#include <system_error>
#include <boost/date_time/posix_time/conversion.hpp>
#include <wx/button.h>
#include <wx/numformatter.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "common/ui/scrolling_body.h"
#include "common/ui/work_area.h"
#include "common/ui/wx_text.h"
#include "common/ui/wx_time.h"

namespace knotwork::gui {

namespace {

constexpr int kMargin = 16;
constexpr int kTextWidth = 560;

wxString momentOr(const std::optional<Timestamp>& moment, const wxString& none)
{
    return moment ? ui::formatMoment(*moment) : none;
}

// When the file was last written, which is when the backup was made.
std::optional<Timestamp> writtenAt(const std::filesystem::path& file)
{
    std::error_code error;
    const auto written = std::filesystem::last_write_time(file, error);
    if (error)
        return std::nullopt;
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(
        std::chrono::file_clock::to_sys(written).time_since_epoch());
    return Timestamp(boost::posix_time::from_time_t(static_cast<std::time_t>(seconds.count())));
}

class Details {
public:
    Details(wxWindow* parent, wxFlexGridSizer* grid) : m_parent(parent), m_grid(grid) {}

    void add(const wxString& label, const wxString& value, const wxString& name)
    {
        auto* caption = new wxStaticText(m_parent, wxID_ANY, label);
        caption->SetFont(caption->GetFont().Bold());
        auto* text = new wxStaticText(m_parent, wxID_ANY, value, wxDefaultPosition, wxDefaultSize, 0, name);
        text->Wrap(m_parent->FromDIP(kTextWidth - 160));
        m_grid->Add(caption);
        m_grid->Add(text, wxSizerFlags().Expand());
    }

private:
    wxWindow* m_parent;
    wxFlexGridSizer* m_grid;
};

wxString countsText(const std::vector<db::RecordCount>& counts)
{
    wxString text;
    for (const db::RecordCount& count : counts) {
        if (!text.empty())
            text += "\n";
        text += wxString::Format("%s: %s", ui::toWx(count.label),
                                 wxNumberFormatter::ToString(static_cast<long>(count.count)));
    }
    return text.empty() ? wxString(_("No records")) : text;
}

} // namespace

RestoreDialog::RestoreDialog(wxWindow* parent, const app::RestoreCandidate& candidate,
                             const std::filesystem::path& practice, const std::filesystem::path& keptIn)
    : wxDialog(parent, wxID_ANY, _("Restore from a backup"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "restore-dialog")
{
    auto* body = new ui::ScrollingBody(this, "restore-details", wxVERTICAL);
    auto* heading = new wxStaticText(body, wxID_ANY, _("This backup holds:"));
    heading->SetFont(heading->GetFont().Bold().Scaled(1.15f));

    auto* grid = new wxFlexGridSizer(2, wxSize(FromDIP(16), FromDIP(6)));
    grid->AddGrowableCol(1);
    Details details(body, grid);
    details.add(_("File"), ui::pathToWx(candidate.file), "restore.file");
    details.add(_("Written"), momentOr(writtenAt(candidate.file), _("Unknown")), "restore.written");
    details.add(_("Records"), countsText(candidate.counts), "restore.counts");
    details.add(_("Newest signed note"), momentOr(candidate.newestSignedNote, _("None")), "restore.newest-note");
    details.add(_("Last change"), momentOr(candidate.lastChange, _("None recorded")), "restore.last-change");
    details.add(_("Encrypted"),
                candidate.encrypted ? _("Yes: the restored practice opens with this backup's passphrase")
                                    : _("No"),
                "restore.encrypted");

    auto* happens = new wxStaticText(
        body, wxID_ANY,
        wxString::Format(_("Restoring replaces the practice you have now, %s, with this backup: anything "
                           "written after the backup's last change is not in it. The practice you have now "
                           "is kept as a backup in %s first, so nothing is lost."),
                         ui::pathToWx(practice.filename()), ui::pathToWx(keptIn)),
        wxDefaultPosition, wxDefaultSize, 0, "restore.what-happens");
    happens->Wrap(FromDIP(kTextWidth));

    auto* content = new wxBoxSizer(wxVERTICAL);
    content->Add(heading);
    content->AddSpacer(FromDIP(8));
    content->Add(grid, wxSizerFlags().Expand());
    content->AddSpacer(FromDIP(kMargin));
    content->Add(happens);
    body->hold(content, FromDIP(kMargin));

    auto* buttons = new wxStdDialogButtonSizer;
    auto* restore = new wxButton(this, wxID_OK, _("&Restore"));
    buttons->AddButton(restore);
    auto* cancel = new wxButton(this, wxID_CANCEL);
    cancel->SetDefault();  // Enter does not replace the practice by accident
    buttons->AddButton(cancel);
    buttons->Realize();

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(body, wxSizerFlags(1).Expand());
    column->Add(buttons, wxSizerFlags().Expand().Border(wxALL, FromDIP(kMargin)));
    SetSizer(column);
    ui::fitToWorkArea(*this);
    Centre();
    ui::keepWithinWorkArea(*this);
    cancel->SetFocus();
}

wxString RestoreDialog::text() const
{
    wxString text;
    for (const wxWindow* child : FindWindow("restore-details")->GetChildren())
        if (const auto* label = dynamic_cast<const wxStaticText*>(child))
            text += label->GetLabel() + "\n";
    return text;
}

} // namespace knotwork::gui
