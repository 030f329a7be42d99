#include "app/gui/knotwork_app.h"

#include <wx/cmdline.h>
#include <wx/config.h>
#include <wx/log.h>
#include <wx/translation.h>
#include <wx/uilocale.h>

#include "common/build_info.h"
#include "common/error.h"
#include "common/i18n_init.h"
#include "common/ui/wx_notifier.h"
#include "common/ui/wx_text.h"
#include "common/user_directories.h"
#include "app/gui/main_frame.h"
#include "app/gui/startup_measurement.h"
#include "app/gui/user_config.h"

wxIMPLEMENT_APP_NO_MAIN(knotwork::gui::KnotworkApp);

namespace knotwork::gui {

KnotworkApp::KnotworkApp() : m_notifier(std::make_unique<ui::WxNotifier>())
{
    SetAppName("knotwork");
    SetAppDisplayName("Knotwork");
}

KnotworkApp::~KnotworkApp() = default;

void KnotworkApp::useNotifier(std::unique_ptr<Notifier> notifier)
{
    m_notifier = std::move(notifier);
}

void KnotworkApp::OnInitCmdLine(wxCmdLineParser& parser)
{
    wxApp::OnInitCmdLine(parser);
    parser.AddOption("", "db", _("the practice file, or clinic server address (postgresql://user@host/database), to open"),
                     wxCMD_LINE_VAL_STRING);
}

bool KnotworkApp::OnCmdLineParsed(wxCmdLineParser& parser)
{
    wxString practice;
    if (parser.Found("db", &practice)) {
        try {
            m_practice = db::ServerAddress::looksLikeServer(ui::toUtf8(practice))
                ? app::PracticeLocation::parse(ui::toUtf8(practice))
                : app::PracticeLocation(std::filesystem::absolute(ui::toPath(practice)));
        } catch (const Error& error) {
            wxLogError("%s", ui::toWx(error.what()));
            return false;
        }
    }
    return wxApp::OnCmdLineParsed(parser);
}

void KnotworkApp::setUpTranslations()
{
    wxUILocale::UseDefault();
    initTranslations();  // the domain's gettext catalog, for messages from modules/ and db/
    auto* translations = new wxTranslations;
    wxTranslations::Set(translations);
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(kLocaleDirectory);
    translations->AddStdCatalog();
    translations->AddCatalog("knotwork");
}

bool KnotworkApp::OnInit()
{
    if (!wxApp::OnInit())
        return false;
    setUpTranslations();
    installUserConfig();
    m_clock = clockFromEnvironment();  // its setting was checked before wx started

    m_mainFrame = new MainFrame(*m_notifier, currentLoginName(), m_clock);
    if (StartupMeasurement::requested())
        m_measurement = std::make_unique<StartupMeasurement>(*m_mainFrame);
    m_mainFrame->Show();
    if (m_practice)
        m_mainFrame->openChosenPractice(*m_practice, db::OpenMode::CreateIfMissing);
    else
        m_mainFrame->openLastPractice();
    return true;
}

int KnotworkApp::OnExit()
{
    m_measurement.reset();
    delete wxConfigBase::Set(nullptr);  // writes the settings file
    return wxApp::OnExit();
}

} // namespace knotwork::gui
