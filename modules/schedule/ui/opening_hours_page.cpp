#include "schedule/ui/opening_hours_page.h"

#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "common/ui/form_grid.h"
#include "common/ui/number_field.h"
#include "common/ui/wx_text.h"
#include "schedule/book_settings_service.h"
#include "schedule/opening_hours_text.h"
#include "schedule/schedule_validation.h"

namespace knotwork::schedule::ui {

using namespace knotwork::ui;

namespace {

// The days in the order of the therapist's week, Monday first.
constexpr std::array<int, 7> kWeekOrder{1, 2, 3, 4, 5, 6, 0};
// The most stretches a day's line is expected to hold: their problems show on the day's field.
constexpr std::size_t kStretchesMarked = 8;

} // namespace

OpeningHoursPage::OpeningHoursPage(wxWindow* parent, BookSettingsService& settings, SettingsPageHooks hooks)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "opening-hours-page"),
      m_settings(settings),
      m_hooks(std::move(hooks))
{
    FormGrid grid(this, _("Opening hours"), m_hooks.markers);
    grid.addNote(_("Hours like 09:00\u201312:00, 13:00\u201317:00; leave a day empty when the practice is "
                   "closed. Booking outside them warns."));
    const WorkingWeek week = m_settings.workingWeek();
    for (const int weekday : kWeekOrder) {
        const std::string key = weekdayKey(weekday);
        wxTextCtrl* day = grid.addText(toWx(weekdayName(weekday)), key);
        day->SetHint(_("Closed"));
        day->SetValue(toWx(openingHoursText(week.days[static_cast<std::size_t>(weekday)])));
        for (std::size_t stretch = 0; stretch < kStretchesMarked; ++stretch)
            for (const char* end : {"opens", "closes"})
                m_hooks.markers.addAlias(key + "[" + std::to_string(stretch) + "]." + end, key);
        m_days[static_cast<std::size_t>(weekday)] = day;
    }
    m_cap = new NumberField(grid.parent(), "daily_cap", {1, 20, 1, 0}, _("visits (1\u201320; empty: no cap)"));
    if (week.dailyCap)
        m_cap->setValue(*week.dailyCap);
    grid.add(_("&Most visits in a day"), m_cap, FieldWidth::Natural);

    layOutPage(*this, {grid.sizer()}, _("&Save hours"), "save-hours", [this] { save(); });
}

bool OpeningHoursPage::save()
{
    return m_hooks.attempt([this] {
        WorkingWeek week;
        Validator problems;
        for (int weekday = 0; weekday < 7; ++weekday) {
            const std::string key = weekdayKey(weekday);
            collectProblems(problems, [&] {
                week.days[static_cast<std::size_t>(weekday)] =
                    parseOpeningHours(typedText(*m_days[static_cast<std::size_t>(weekday)]), key,
                                      weekdayName(weekday));
            });
        }
        week.dailyCap = m_cap->readWhole(problems);
        problems.throwIfAny();  // what could not be read; the rules are the service's
        m_settings.setWorkingWeek(week);
    });
}

} // namespace knotwork::schedule::ui
