#include "app/gui/user_config.h"

#include <filesystem>
#include <wx/fileconf.h>

#include "common/ui/wx_text.h"
#include "common/user_directories.h"

namespace knotwork::gui {

void installUserConfig()
{
    const std::filesystem::path folder = userConfigDirectory();
    std::error_code ignored;  // without the folder wxFileConfig keeps settings for this run only
    std::filesystem::create_directories(folder, ignored);
    auto* config = new wxFileConfig(wxEmptyString, wxEmptyString, ui::pathToWx(folder / "knotwork.conf"),
                                    wxEmptyString, wxCONFIG_USE_LOCAL_FILE);
    delete wxConfigBase::Set(config);
}

} // namespace knotwork::gui
