#!/bin/sh
# Regenerates the committed sample files of tests/extract/samples/ with the real tools.
#   7z archives: 7-Zip (Debian package 7zip, command 7zz), from the text files written below.
#   RAR archives: made by RARLAB's rar (non-free, not installable here) for the test suite of
#     rarfile 4.2 (ISC licence, see rarfile-LICENSE); taken unchanged from its source package.
# Run from anywhere: sh tests/extract/samples/make_samples.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
printf 'naam;rijksregisternummer\nJan Peeters;85.07.30-033.28\n' > lijst.csv
mkdir -p dossier
printf 'Dossier van de betrokkene, rijksregisternummer 85.07.30-033.28.\n' > dossier/brief.txt
rm -f "$here"/nn*.7z
7zz a -bd -bso0 -mtm- -mtc- -mta- "$here/nn.7z" lijst.csv dossier
7zz a -bd -bso0 -mtm- -mtc- -mta- -m0=PPMd "$here/nn-ppmd.7z" lijst.csv dossier
7zz a -bd -bso0 -mtm- -mtc- -mta- -pgeheim "$here/nn-psw.7z" lijst.csv dossier
7zz a -bd -bso0 -mtm- -mtc- -mta- -pgeheim -mhe=on "$here/nn-hpsw.7z" lijst.csv dossier
python3 -m pip download -q --no-deps --no-binary :all: rarfile==4.2 -d "$work"
tar xzf rarfile-4.2.tar.gz
for f in rar3-solid.rar rar5-solid.rar rar3-comment-psw.rar rar5-psw.rar rar3-comment-hpsw.rar rar5-hpsw.rar \
         rar5-subdirs.rar; do
    cp "rarfile-4.2/test/files/$f" "$here/$f"
done
cp rarfile-4.2/LICENSE "$here/rarfile-LICENSE"
echo "samples regenerated in $here"
