# Regionläget: builds the standalone output and runs it as a non-root user.
#   docker build -t regionlaget .
#   docker run --rm -p 3000:3000 regionlaget      # http://localhost:3000, health: /api/health
# CI (no docker engine there) builds the same output and starts it with the same start.sh and environment.

FROM node:20-bookworm-slim AS build
WORKDIR /src
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run data:validate && npm run build && node scripts/standalone/prepare.mjs

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 BIND_ADDRESS=0.0.0.0
# The image's built-in non-root user "node" (uid 1000) owns nothing it does not need: the files are read-only to it.
COPY --from=build /src/.next/standalone ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["./start.sh"]
