# The MSI's identity and behaviour, apart from the install rules so that a Linux test can check it
# (tests/packaging/CheckWindowsPackaging.cmake). Never change COMPTOIR_WIX_UPGRADE_GUID: Windows
# recognises an upgrade of Comptoir by it, and a new GUID would install a second copy.
set(COMPTOIR_WIX_UPGRADE_GUID "7839449C-FD3F-4DE3-AC6D-E75965B3FECE")

set(CPACK_GENERATOR WIX)
set(CPACK_WIX_UPGRADE_GUID "${COMPTOIR_WIX_UPGRADE_GUID}")
# Per-machine: every cashier account of the counter PC gets the till, under Program Files.
set(CPACK_WIX_INSTALL_SCOPE perMachine)
set(CPACK_WIX_VERSION 3)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Comptoir")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Comptoir")
# Start menu shortcut to the till (executable name, shortcut text).
set(CPACK_PACKAGE_EXECUTABLES "comptoir" "Comptoir")
# The uninstall entry in Settings > Apps: publisher, links, icon.
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPCONTACT "team@comptoir.example")
set(CPACK_WIX_PRODUCT_ICON "${CMAKE_CURRENT_LIST_DIR}/comptoir.ico")
set(CPACK_WIX_LICENSE_RTF "${CMAKE_CURRENT_LIST_DIR}/license.rtf")
# The server as a Windows service, attached to comptoir-server.exe's component (see the file).
set(CPACK_WIX_PATCH_FILE "${CMAKE_CURRENT_LIST_DIR}/service-patch.xml")
# MSI versions are numeric (major.minor.build): the git suffix of dev builds stays out.
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_COMPONENT_SERVER_DISABLED ON)
