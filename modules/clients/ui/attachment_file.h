#pragma once

#include <optional>
#include <string>
#include <wx/string.h>

#include "clients/attachment.h"
#include "common/validator.h"

namespace knotwork::clients::ui {

// The file a person picked, read into an Attachment: its name, media type and bytes. Nothing
// for an empty path, or when the file cannot be read: then a problem is added under `key`.
std::optional<Attachment> readAttachment(const wxString& path, const std::string& key, Validator& problems);

// The wildcards of file dialogs for the types Knotwork accepts.
wxString letterWildcard();
wxString imageWildcard();

} // namespace knotwork::clients::ui
