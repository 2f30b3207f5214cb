package dev.farmhand.farm.api;

import dev.farmhand.core.files.HashMismatchException;
import dev.farmhand.core.files.Sha256;
import dev.farmhand.core.protocol.ErrorCode;
import dev.farmhand.core.protocol.FileRef;
import dev.farmhand.core.protocol.MissingFilesRequest;
import dev.farmhand.core.protocol.MissingFilesResponse;
import dev.farmhand.core.protocol.UploadStatus;
import dev.farmhand.farm.files.ContentStore;
import dev.farmhand.farm.files.UploadOffsetException;
import dev.farmhand.farm.jobs.RefusedException;
import dev.farmhand.farm.store.Database;
import dev.farmhand.farm.store.OutputRepository;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /api/v1/files…}: which files the account lacks, and resumable uploads that the farm hashes
 * again before keeping. An account may use only content it uploaded itself.
 */
final class FilesApi {
  /** The largest part of an upload the farm takes in one request. */
  static final long MAX_PART = 64L * 1024 * 1024;

  private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+)");

  private final Database database;
  private final ContentStore store;
  private final OutputRepository files = new OutputRepository();

  FilesApi(Database database, ContentStore store) {
    this.database = database;
    this.store = store;
  }

  void routes(RoutesConfig routes) {
    routes.post("/api/v1/files/missing", this::missing);
    routes.head("/api/v1/files/{sha256}", this::offset);
    routes.put("/api/v1/files/{sha256}", this::upload);
  }

  private boolean owned(String account, String sha256) {
    return store.has(sha256) && database.transaction(c -> files.owns(c, account, sha256));
  }

  private void missing(Context ctx) throws IOException {
    MissingFilesRequest request = Http.body(ctx, MissingFilesRequest.class);
    String account = Http.who(ctx).account();
    Set<String> owned =
        database.transaction(
            c -> {
              Set<String> found = new HashSet<>();
              for (FileRef file : request.files()) {
                if (files.owns(c, account, file.sha256())) {
                  found.add(file.sha256());
                }
              }
              return found;
            });
    List<UploadStatus> missing = new ArrayList<>();
    for (FileRef file : request.files()) {
      if (!owned.contains(file.sha256()) || !store.has(file.sha256())) {
        long received = Math.min(store.received(account, file.sha256()), file.size());
        missing.add(new UploadStatus(file.sha256(), file.size(), received, false));
      }
    }
    Http.json(ctx, 200, new MissingFilesResponse(missing));
  }

  private static String sha256(Context ctx) {
    try {
      return Sha256.check(ctx.pathParam("sha256"));
    } catch (IllegalArgumentException e) {
      throw new RefusedException(
          ErrorCode.INVALID_REQUEST, e.getMessage(), Map.of("field", "sha256"));
    }
  }

  private void offset(Context ctx) throws IOException {
    String sha256 = sha256(ctx);
    if (owned(Http.who(ctx).account(), sha256)) {
      long size = java.nio.file.Files.size(store.blob(sha256));
      ctx.header("Upload-Offset", String.valueOf(size))
          .header("Upload-Length", String.valueOf(size))
          .header("Upload-Complete", "?1")
          .status(200);
      return;
    }
    long received = store.received(Http.who(ctx).account(), sha256);
    if (received == 0) {
      ctx.status(404);
      return;
    }
    long declared = store.declared(Http.who(ctx).account(), sha256);
    if (declared >= 0) {
      ctx.header("Upload-Length", String.valueOf(declared));
    }
    ctx.header("Upload-Offset", String.valueOf(received))
        .header("Upload-Complete", "?0")
        .status(200);
  }

  private void upload(Context ctx) throws IOException {
    String sha256 = sha256(ctx);
    String account = Http.who(ctx).account();
    long length = ctx.contentLength();
    if (length < 0) {
      throw new RefusedException(
          ErrorCode.INVALID_REQUEST,
          "the upload has no Content-Length: send each part with its length, not chunked",
          Map.of("field", "Content-Length"));
    }
    if (length > MAX_PART) {
      throw new RefusedException(
          ErrorCode.PAYLOAD_TOO_LARGE,
          "the part has " + length + " bytes; send parts of at most " + MAX_PART + " bytes",
          Map.of("limit", MAX_PART));
    }
    long start = 0;
    long size = length;
    String range = ctx.header("Content-Range");
    if (range != null) {
      Matcher m = CONTENT_RANGE.matcher(range.trim());
      if (!m.matches()
          || Long.parseLong(m.group(2)) - Long.parseLong(m.group(1)) + 1 != length
          || Long.parseLong(m.group(2)) >= Long.parseLong(m.group(3))) {
        throw new RefusedException(
            ErrorCode.INVALID_REQUEST,
            "Content-Range '"
                + range
                + "' does not fit the part: write bytes START-END/SIZE with END-START+1 equal to"
                + " Content-Length",
            Map.of("field", "Content-Range"));
      }
      start = Long.parseLong(m.group(1));
      size = Long.parseLong(m.group(3));
    }
    if (owned(account, sha256)) {
      ctx.bodyInputStream().transferTo(java.io.OutputStream.nullOutputStream());
      Http.json(ctx, 200, new UploadStatus(sha256, size, size, true));
      return;
    }
    long received;
    try {
      store.declare(account, sha256, size);
      received = store.append(account, sha256, start, ctx.bodyInputStream());
    } catch (UploadOffsetException e) {
      throw new RefusedException(
          ErrorCode.UPLOAD_OFFSET_MISMATCH, e.getMessage(), Map.of("received", e.held()));
    }
    if (received > size) {
      store.discard(account, sha256);
      throw new RefusedException(
          ErrorCode.INVALID_REQUEST,
          "the upload of "
              + sha256
              + " reached "
              + received
              + " bytes, more than the size "
              + size
              + " it was sent with; what arrived is thrown away: upload it again from byte 0",
          Map.of("field", "Content-Range"));
    }
    if (received < size) {
      Http.json(ctx, 200, new UploadStatus(sha256, size, received, false));
      return;
    }
    try {
      store.finish(account, sha256, size);
    } catch (HashMismatchException e) {
      throw new RefusedException(
          ErrorCode.HASH_MISMATCH,
          e.getMessage(),
          Map.of("expected", e.expected(), "actual", e.actual(), "size", size));
    }
    database.transaction(
        c -> {
          files.own(c, account, sha256);
          return null;
        });
    Http.json(ctx, 201, new UploadStatus(sha256, size, size, true));
  }
}
