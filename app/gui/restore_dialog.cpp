#include "app/gui/restore_dialog.h"

#include <system_error>
#include <boost/date_time/posix_time/conversion.hpp>
#include <wx/button.h>
#include <wx/numformatter.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "common/ui/spacing.h"
#include "common/ui/work_area.h"
#include "common/ui/wx_text.h"
#include "common/ui/wx_time.h"

namespace knotwork::gui {

namespace {

using knotwork::ui::kWindowMargin;
constexpr int kTextWidth = 560;

wxString momentOr(const std::optional<Timestamp>& moment, const wxString& none)
{
    return moment ? ui::formatMoment(*moment) : none;
}

// When the file was last written, for a file that does not say when its backup was made.
std::optional<Timestamp> lastWritten(const std::filesystem::path& file)
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
        auto* text = new wxStaticText(m_parent, wxID_ANY, value, wxDefaultPosition, wxDefaultSize, 0, name);
        text->Wrap(m_parent->FromDIP(kTextWidth - 160));
        add<wxWindow>(label, text);
    }

    // A value of one window or several (a sizer).
    template <typename Value>
    void add(const wxString& label, Value* value)
    {
        auto* caption = new wxStaticText(m_parent, wxID_ANY, label);
        caption->SetFont(caption->GetFont().Bold());
        m_grid->Add(caption);
        m_grid->Add(value, wxSizerFlags().Expand());
    }

private:
    wxWindow* m_parent;
    wxFlexGridSizer* m_grid;
};

// The counts in two columns, so a backup's dozen kinds of record fit a small screen.
wxSizer* countsTable(wxWindow* parent, const std::vector<db::RecordCount>& counts)
{
    auto* table = new wxFlexGridSizer(4, wxSize(parent->FromDIP(8), parent->FromDIP(2)));
    const std::size_t half = (counts.size() + 1) / 2;
    for (std::size_t row = 0; row < half; ++row)
        for (const std::size_t index : {row, row + half}) {
            if (index >= counts.size())
                break;
            const db::RecordCount& count = counts[index];
            auto* label = new wxStaticText(parent, wxID_ANY, ui::toWx(count.label) + ":");
            auto* number = new wxStaticText(parent, wxID_ANY,
                                            wxNumberFormatter::ToString(static_cast<long>(count.count)),
                                            wxDefaultPosition, wxDefaultSize, 0, ui::toWx("restore.count." + count.name));
            table->Add(label);
            table->Add(number, wxSizerFlags().Right().Border(wxRIGHT, index < half ? parent->FromDIP(24) : 0));
        }
    if (counts.empty())
        table->Add(new wxStaticText(parent, wxID_ANY, _("No records")));
    return table;
}

} // namespace

RestoreDialog::RestoreDialog(wxWindow* parent, const app::RestoreCandidate& candidate,
                             std::optional<Timestamp> written, const std::filesystem::path& practice,
                             const std::filesystem::path& keptIn)
    : wxDialog(parent, wxID_ANY, _("Restore from a backup"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "restore-dialog")
{
    auto* body = new wxPanel(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "restore-details");
    auto* heading = new wxStaticText(body, wxID_ANY, _("This backup holds:"));
    heading->SetFont(heading->GetFont().Bold().Scaled(1.15f));

    auto* grid = new wxFlexGridSizer(2, wxSize(FromDIP(16), FromDIP(6)));
    grid->AddGrowableCol(1);
    Details details(body, grid);
    details.add(_("File"), ui::pathToWx(candidate.file), "restore.file");
    details.add(_("Written"), momentOr(written ? written : lastWritten(candidate.file), _("Unknown")), "restore.written");
    details.add<wxSizer>(_("Records"), countsTable(body, candidate.counts));
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
    content->AddSpacer(FromDIP(kWindowMargin));
    content->Add(happens);
    auto* margins = new wxBoxSizer(wxVERTICAL);
    margins->Add(content, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(kWindowMargin)));
    body->SetSizer(margins);

    auto* buttons = new wxStdDialogButtonSizer;
    auto* restore = new wxButton(this, wxID_OK, _("&Restore"));
    buttons->AddButton(restore);
    auto* cancel = new wxButton(this, wxID_CANCEL);
    cancel->SetDefault();  // Enter does not replace the practice by accident
    buttons->AddButton(cancel);
    buttons->Realize();

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(body, wxSizerFlags(1).Expand());
    column->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(kWindowMargin)));
    SetSizerAndFit(column);
    ui::fitToWorkArea(*this, ui::FitSize::GrowOnly);
    ui::keepWithinWorkAreaWhenResized(*this);
    cancel->SetFocus();
}

bool RestoreDialog::Show(bool show)
{
    if (show && !IsShown())
        ui::fitToWorkArea(*this, ui::FitSize::GrowOnly);  // measured again now its fonts are real
    return wxDialog::Show(show);
}

wxString RestoreDialog::text() const
{
    wxString text;
    for (const wxWindow* child : FindWindow("restore-details")->GetChildren())
        if (const auto* label = dynamic_cast<const wxStaticText*>(child)) {
            wxString line = label->GetLabel();
            line.Replace("\n", " ");  // as it reads, not as it wraps
            text += line + "\n";
        }
    return text;
}

} // namespace knotwork::gui
