#!/bin/sh
# Install Vigie for the current user (no administrator rights), from the unpacked archive:
#
#     ./install.sh              install or update
#     ./install.sh --uninstall  remove the program (client files and backups are kept)
#
# The program goes to ~/.local/share/vigie/ (or $XDG_DATA_HOME/vigie), its commands to
# ~/.local/bin/ (vigie, vigie-gui), its menu entry, icons and the type of *.vigie files to
# the user's desktop folders, so that a double-clicked client file opens in Vigie.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
app=$data/vigie
bin=$HOME/.local/bin
sizes="16 24 32 48 64 128 256 512"

refresh() {
    command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" || true
    command -v update-desktop-database >/dev/null 2>&1 \
        && update-desktop-database "$data/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 \
        && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

uninstall() {
    rm -rf "$app"
    rm -f "$bin/vigie" "$bin/vigie-gui" "$data/applications/vigie.desktop" \
          "$data/mime/packages/vigie-mime.xml"
    for size in $sizes; do
        rm -f "$data/icons/hicolor/${size}x${size}/apps/vigie.png" \
              "$data/icons/hicolor/${size}x${size}/mimetypes/application-x-vigie.png"
    done
    rm -f "$data/icons/hicolor/scalable/apps/vigie.svg" \
          "$data/icons/hicolor/scalable/mimetypes/application-x-vigie.svg"
    refresh
    echo "Vigie est désinstallé. Vos fichiers clients et leurs sauvegardes sont conservés."
}

if [ "${1:-}" = "--uninstall" ]; then
    uninstall
    exit 0
fi
if [ ! -x "$here/vigie-gui" ]; then
    echo "install.sh : lancez-le depuis le dossier décompressé de Vigie." >&2
    exit 1
fi

# A copy beside the old one, then swapped: a failed copy leaves the installed Vigie whole.
mkdir -p "$data" "$bin"
rm -rf "$app.new"
cp -R "$here" "$app.new"
rm -f "$app.new/install.sh"
rm -rf "$app"
mv "$app.new" "$app"

ln -sf "$app/vigie" "$bin/vigie"
ln -sf "$app/vigie-gui" "$bin/vigie-gui"

mkdir -p "$data/applications" "$data/mime/packages"
sed "s|@APPDIR@|$app|g" "$here/vigie.desktop" > "$data/applications/vigie.desktop"
cp "$here/vigie-mime.xml" "$data/mime/packages/vigie-mime.xml"

icons=$here/_internal/resources/icons  # PyInstaller keeps data files in _internal/
for size in $sizes; do
    for kind in apps mimetypes; do mkdir -p "$data/icons/hicolor/${size}x${size}/$kind"; done
    cp "$icons/png/vigie-$size.png" "$data/icons/hicolor/${size}x${size}/apps/vigie.png"
    cp "$icons/png/vigie-file-$size.png" \
       "$data/icons/hicolor/${size}x${size}/mimetypes/application-x-vigie.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps" "$data/icons/hicolor/scalable/mimetypes"
cp "$icons/vigie.svg" "$data/icons/hicolor/scalable/apps/vigie.svg"
cp "$icons/vigie-file.svg" "$data/icons/hicolor/scalable/mimetypes/application-x-vigie.svg"
# Opened by a double click, a .vigie goes to Vigie (the user can still choose another).
command -v xdg-mime >/dev/null 2>&1 && xdg-mime default vigie.desktop application/x-vigie || true
refresh

echo "Vigie est installé dans $app."
case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "Pour lancer « vigie » d'un terminal, ajoutez $bin à votre PATH." ;;
esac
