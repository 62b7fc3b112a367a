/**
 * The engine's network servers on Netty 4.2: {@link io.paxgate.engine.server.HttpServer} (a small
 * router, Server-Sent Events streams, the ingest routes of
 * {@link io.paxgate.engine.server.IngestRoutes}) and
 * {@link io.paxgate.engine.server.TcpEdifactServer} (interchanges framed by
 * {@link io.paxgate.engine.server.InterchangeFramer}, a CONTRL for each). Both only frame, limit
 * and answer; an {@link io.paxgate.engine.ingest.Ingest} journals, decodes and screens. Nothing
 * here blocks an event loop, buffers without bound or opens an outbound connection.
 */
package io.paxgate.engine.server;
