#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <wx/app.h>

#include "app/practice/practice_location.h"

#include "common/clock.h"
#include "common/notifier.h"

namespace knotwork::gui {

class MainFrame;
class StartupMeasurement;

// Sets up locale, translations and settings, then opens the main window on the practice named
// by --db (a file, or a clinic server's postgresql://… address), or on the practice open when the
// app last closed: the clinic server connected to last, else the default practice file (created
// on first launch, when it asks once for the practice's name and the therapist's:
// clients/ui/welcome_dialog.h).
class KnotworkApp : public wxApp {
public:
    KnotworkApp();
    ~KnotworkApp() override;

    // Replaces the message-box notifier; call before OnInit (the GUI tests record messages).
    void useNotifier(std::unique_ptr<Notifier> notifier);
    MainFrame* mainFrame() const { return m_mainFrame; }
    // The computer's clock, or the one KNOTWORK_CLOCK stops (tests and screenshots of a fixed day).
    const Clock& clock() const { return m_clock; }

    bool OnInit() override;
    int OnExit() override;
    void OnInitCmdLine(wxCmdLineParser& parser) override;
    bool OnCmdLineParsed(wxCmdLineParser& parser) override;

private:
    void setUpTranslations();

    std::optional<app::PracticeLocation> m_practice;  // as --db named it
    std::unique_ptr<Notifier> m_notifier;
    Clock m_clock;
    MainFrame* m_mainFrame = nullptr;
    std::unique_ptr<StartupMeasurement> m_measurement;  // only when asked for (KNOTWORK_MEASURE_STARTUP)
};

} // namespace knotwork::gui

wxDECLARE_APP(knotwork::gui::KnotworkApp);
