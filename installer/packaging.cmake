# CPack: `cpack --preset deb` (scripts/package) makes the Debian package from the release build.
# The Windows and macOS settings at the end are kept ready but have never been run: see
# installer/README.md.
set(CPACK_VERBATIM_VARIABLES ON)  # values reach CPack as written here, backslashes included
set(CPACK_PACKAGE_NAME knotwork)
set(CPACK_PACKAGE_VENDOR "The Knotwork developers")
set(CPACK_PACKAGE_CONTACT "The Knotwork developers <developers@knotwork.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "practice management for solo massage therapists")
# Read here rather than named as CPACK_PACKAGE_DESCRIPTION_FILE, which CPack XML-escapes
# (apostrophes would reach the Debian control file as &apos;).
file(READ ${CMAKE_CURRENT_LIST_DIR}/description.txt CPACK_PACKAGE_DESCRIPTION)
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_INSTALL_DIRECTORY Knotwork)
set(CPACK_PACKAGE_EXECUTABLES knotwork Knotwork)
# The licence shown by the installers that show one; .txt because WiX accepts only .txt or .rtf.
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_BINARY_DIR}/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_BINARY_DIR}/LICENSE.txt)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build/")
# Directories the package creates are 0755 whatever the umask of the machine that packs it.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# Debian: a native package (no Debian revision). The libraries it needs come from dpkg-shlibdeps;
# the report font is not linked, so it is named: Liberation Sans, because libharu 2.3 drops the
# accents of DejaVu's composite glyphs (docs/ARCHITECTURE.md).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS fonts-liberation2)
# xdg-open shows a saved report in the desktop's PDF viewer; the reminders' mail server's
# certificate is checked against ca-certificates' authorities.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "xdg-utils, ca-certificates")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# Windows (untested): an MSI through WiX, or an NSIS installer, with a Start menu entry. The
# upgrade GUID must never change: it is how a new MSI finds and replaces an old one.
set(CPACK_WIX_UPGRADE_GUID 6B0F3C2E-7D4A-4E8B-9A51-2C6F0D8E4B17)
set(CPACK_WIX_PROGRAM_MENU_FOLDER Knotwork)
set(CPACK_NSIS_DISPLAY_NAME Knotwork)
set(CPACK_NSIS_PACKAGE_NAME Knotwork)
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\knotwork.exe)

# macOS (untested): Knotwork.app (app/gui makes the executable a bundle there) in a disk image
# to drag into Applications.
set(CPACK_DMG_VOLUME_NAME Knotwork)
set(CPACK_DMG_FORMAT UDZO)

include(CPack)
