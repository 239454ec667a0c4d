# syntax=docker/dockerfile:1
# The API without its private cluster: give it a database with ConnectionStrings__Postgres
# (docker-compose.yml does, with a PostGIS image: the migrations create the postgis extension).
# It migrates that database and loads the seed data when it is empty.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# The build installs the IDE and bundles the widgets with npm.
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# The EF Core migrations are compiled into the Data assembly; seed-data/ is published beside the program.
RUN dotnet publish api/OpenIntegrationData.Api -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
# The .NET images listen on ASPNETCORE_HTTP_PORTS=8080 and ship a non-root user, APP_UID.
USER $APP_UID
EXPOSE 8080
# The image has no curl or wget: the program checks its own /health.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
  CMD ["dotnet", "OpenIntegrationData.Api.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "OpenIntegrationData.Api.dll"]
