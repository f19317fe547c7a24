# One image for web and worker (docker-compose.yml picks the command).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_SCHEMA_ENGINE_BINARY=/bin/false
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY tools/prisma-migrate/package.json tools/prisma-migrate/
RUN npm install --prefix tools/prisma-migrate --no-audit --no-fund
COPY . .
RUN npm run db:generate && node node_modules/next/dist/bin/next build
EXPOSE 3000
