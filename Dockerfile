# syntax=docker/dockerfile:1

# Build stage: the full JDK and Maven wrapper, with the dependency download cached in its own layer.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src src
RUN ./mvnw -B -ntp -q -DskipTests package \
 && java -Djarmode=tools -jar target/mljobs-*.jar extract --layers --launcher --destination /extracted

# Run stage: a JRE only, a non-root user, the layered jar so code changes rebuild one small layer.
FROM eclipse-temurin:17-jre
RUN groupadd --system mljobs && useradd --system --gid mljobs --home-dir /app --shell /usr/sbin/nologin mljobs
WORKDIR /app
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
# The Lucene search index: the app's one local state, rebuilt from PostgreSQL whenever missing.
RUN mkdir -p /app/data && chown mljobs:mljobs /app/data
ENV MLJOBS_SEARCH_INDEXDIR=/app/data/search-index
USER mljobs
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
