# Packaging: one version for every package, CPack's common settings, and the components.
# Included from packaging/CMakeLists.txt; the platform parts live in packaging/linux (Debian
# packages) and packaging/windows (WiX MSI). See docs/deployment.md for what operators do with them.
include_guard(GLOBAL)
include(GNUInstallDirs)
# The repository's root, also when a test project includes this file.
get_filename_component(COMPTOIR_REPOSITORY_DIR "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)

# The package version is the build's (cmake/ComptoirVersion.cmake), in Debian's spelling:
# 0.1.0~dev.<N>+g<hash> sorts before the release 0.1.0.
include(ComptoirVersion)

# One reverse-DNS id for the desktop file, the metainfo, the icon and the Windows shortcut; it is
# the name app/main.cpp gives QGuiApplication::setDesktopFileName().
set(COMPTOIR_APP_ID "africa.comptoir.Comptoir")
set(COMPTOIR_VENDOR "Comptoir")
set(COMPTOIR_CONTACT "Comptoir team <team@comptoir.example>")

# Components: 'app' is the counter PC's till, 'server' the backend and the LigdiCash sandbox.
set(COMPTOIR_COMPONENT_APP app)
set(COMPTOIR_COMPONENT_SERVER server)

set(CPACK_PACKAGE_NAME "comptoir")
set(CPACK_PACKAGE_VENDOR "${COMPTOIR_VENDOR}")
set(CPACK_PACKAGE_CONTACT "${COMPTOIR_CONTACT}")
set(CPACK_PACKAGE_VERSION "${COMPTOIR_DEBIAN_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${COMPTOIR_REPOSITORY_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Comptoir")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")
# Only our two components: install rules without a component (e.g. a target's own rule in its
# folder) land in "Unspecified" and stay out of the packages.
set(CPACK_COMPONENTS_ALL ${COMPTOIR_COMPONENT_APP} ${COMPTOIR_COMPONENT_SERVER})
set(CPACK_COMPONENT_APP_DISPLAY_NAME "Comptoir (till)")
set(CPACK_COMPONENT_APP_DESCRIPTION "The desktop point of sale used at the counter.")
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "Comptoir server")
set(CPACK_COMPONENT_SERVER_DESCRIPTION
    "The shop's backend holding the LigdiCash keys, and the local LigdiCash sandbox.")
