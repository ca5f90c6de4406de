# factlint on Debian 12: the package is built in a first stage and installed in a
# clean image with git (for --diff-base and .gitignore). Run it on a checkout:
#   docker build -t factlint .
#   docker run --rm -v "$PWD":/work factlint check --diff-base origin/main
FROM debian:12 AS build
WORKDIR /src
COPY . .
RUN bash ci/package.sh build-package

FROM debian:12
COPY --from=build /src/build-package/factlint_*.deb /tmp/
RUN apt-get update \
 && apt-get install -y --no-install-recommends /tmp/factlint_*.deb git ca-certificates \
 && rm -rf /var/lib/apt/lists/* /tmp/factlint_*.deb \
 && git config --system --add safe.directory '*'
WORKDIR /work
ENTRYPOINT ["factlint"]
CMD ["check"]
