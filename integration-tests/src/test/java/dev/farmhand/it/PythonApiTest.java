package dev.farmhand.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The farmhand Python module end to end, on Jython, against a real farm and its broker. */
class PythonApiTest {
  static final Path SCENE = Farms.SCENE_DIR.resolve("turntable.fhscene");
  static final String HEAD =
      "from __future__ import print_function\nimport farmhand\nfarm = farmhand.connect()\n";

  @TempDir static Path data;
  @TempDir Path folder;
  static LocalFarm farm;
  static FarmClient artist;

  @BeforeAll
  static void startFarm() throws Exception {
    farm = LocalFarm.start(FarmConfig.in(data).withWorkers(2));
    artist = Farms.client(farm, "studio", "artist");
  }

  @AfterAll
  static void stopFarm() throws Exception {
    artist.close();
    farm.close();
  }

  private PythonRun python(String code) throws Exception {
    return PythonRun.of(farm, "artist", folder, "api_script", HEAD + code);
  }

  /** The job id a script printed on its first line, after the word {@code job}. */
  private static String jobId(PythonRun run) {
    return run.out().lines().findFirst().orElseThrow().replaceFirst("^job (\\S+).*", "$1");
  }

  /** The job id at the end of the line a script printed starting with {@code word}. */
  private static String jobIdOf(PythonRun run, String word) {
    return run.out()
        .lines()
        .filter(line -> line.startsWith(word + " "))
        .findFirst()
        .orElseThrow()
        .replaceFirst(".* ", "");
  }

  @Test
  void aSceneWithScoutsIsSubmittedHeldApprovedAndDownloadedWithItsEventsInOrder() throws Exception {
    Path to = folder.resolve("frames");
    PythonRun run =
        python(
            "import Queue\n"
                + "events = Queue.Queue()\n"
                + "feed = farm.on_event(events.put)\n"
                + "job = farm.submit("
                + PythonRun.literal(SCENE)
                + ", frames='1-4', scouts='auto:2')\n"
                + "print('job', job.id, job.title, job.frames, job.scouts, job.frames_total,"
                + " job.metadata['camera'])\n"
                + "print('who', farm.account, farm.user, farm.role)\n"
                + "print('reached', job.wait('holding', timeout=120))\n"
                + "job.refresh()\n"
                + "print('scouts', job.frames_done, job.frames_holding, job.controls)\n"
                + "scouts = job.download(to="
                + PythonRun.literal(to)
                + ")\n"
                + "print('home', scouts.downloaded, scouts.complete, scouts.marked_downloaded,"
                + " scouts.status)\n"
                + "print('approved', job.approve())\n"
                + "print('reached', job.wait('success', timeout=120))\n"
                + "frames = job.download(to="
                + PythonRun.literal(to)
                + ")\n"
                + "print('home', frames.downloaded, frames.skipped, frames.complete,"
                + " frames.marked_downloaded, frames.status)\n"
                + "print('folder', frames.folder)\n"
                + "seen = []\n"
                + "while not seen or seen[-1].job_status != 'downloaded':\n"
                + "    event = events.get(timeout=60)\n"
                + "    if event.job_id == job.id:\n"
                + "        seen.append(event)\n"
                + "feed.close()\n"
                + "print('in order', all(b.seq > a.seq for a, b in zip(seen, seen[1:])))\n"
                + "print('first', seen[0].type)\n"
                + "statuses = [e.job_status for e in seen]\n"
                + "print('statuses', ' '.join(s for i, s in enumerate(statuses)"
                + " if i == 0 or s != statuses[i - 1]))\n"
                + "print('outputs', sorted(e.output['frame'] for e in seen"
                + " if e.type == 'output_added'))\n");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    String id = jobId(run);
    assertThat(run.out())
        .isEqualTo(
            "job "
                + id
                + " turntable 1-4 auto:2 4 orbit\n"
                + "who studio artist user\n"
                + "reached holding\n"
                + "scouts 2 2 ['complete', 'kill', 'retry_sync', 'unhold']\n"
                + "home 2 True False holding\n"
                + "approved pending\n"
                + "reached success\n"
                + "home 2 2 True True downloaded\n"
                + "folder "
                + to.resolve(id)
                + "\n"
                + "in order True\n"
                + "first job_created\n"
                + "statuses sync_pending pending running holding pending running success"
                + " downloaded\n"
                + "outputs [1, 2, 3, 4]\n");
    assertThat(to.resolve(id).resolve("renders"))
        .isDirectoryContaining("glob:**/turntable_0001.png")
        .isDirectoryContaining("glob:**/turntable_0004.png");
    assertThat(artist.job(id).status()).isEqualTo(JobStatus.DOWNLOADED);
  }

  @Test
  void theControlsOfAFailedJobEachApplyAndSayTheJobsStatusAfter() throws Exception {
    PythonRun run =
        python(
            "job = farm.submit_spec({'scene': "
                + PythonRun.literal(SCENE)
                + ", 'renderer': 'sample', 'frames': '1', 'title': 'no texture',"
                + " 'output_pattern': 'renders/t_####.png', 'retries_failed': 0})\n"
                + "print('job', job.id, job.title, job.wait('failed', timeout=120), job.controls)\n"
                + "print('retry_fails', job.retry_fails(), job.wait('failed', timeout=120))\n"
                + "print('retry_sync', job.retry_sync(), job.wait('failed', timeout=120))\n"
                + "print('complete', job.complete())\n"
                + "print('reviewed', job.reviewed())\n"
                + "print('retry', job.retry(), job.wait('failed', timeout=120))\n"
                + "print('listed', job in farm.jobs(status='failed'),"
                + " job in farm.jobs(status=['success', 'running']))\n"
                + "print('tasks', [(t.index, t.frames, t.status, t.attempts) for t in job.tasks()])\n"
                + "print('log', 'checker.png' in job.log(job.tasks()[0]))\n");

    assertThat(run.exit()).as(run.err()).isZero();
    String id = jobId(run);
    assertThat(run.out())
        .isEqualTo(
            "job "
                + id
                + " no texture failed"
                + " ['complete', 'retry', 'retry_fails', 'retry_sync', 'reviewed', 'unhold']\n"
                + "retry_fails pending failed\n"
                + "retry_sync sync_pending failed\n"
                + "complete success\n"
                + "reviewed reviewed\n"
                + "retry pending failed\n"
                + "listed True False\n"
                + "tasks [(0, [1], 'failed', 4)]\n"
                + "log True\n");
  }

  @Test
  void holdUnholdHoldAndKillThenAKillTheStatusRefusesRaisesRefusedWithTheReason() throws Exception {
    PythonRun run =
        python(
            "job = farm.submit("
                + PythonRun.literal(SCENE)
                + ", frames='1-200', chunk=200)\n"
                + "print('job', job.id, job.wait('running', timeout=120))\n"
                + "print('hold', job.hold())\n"
                + "print('unhold', job.unhold())\n"
                + "print('kill', job.kill(hold_first=True))\n"
                + "try:\n"
                + "    job.kill()\n"
                + "except farmhand.Refused as e:\n"
                + "    print('refused', e.job_id == job.id, e.control, e.status, e.code)\n"
                + "    print(e)\n");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .endsWith(
            "running\n"
                + "hold running\n"
                + "unhold running\n"
                + "kill killed\n"
                + "refused True kill killed control_refused\n"
                + "Kill does not apply to a Killed job: it is killed already\n");
  }

  @Test
  void setPriorityIsRefusedForAUsersKeyWithTheFarmsReasonAndDoneWithAnAdminsKey() throws Exception {
    PythonRun run =
        python(
            "job = farm.submit("
                + PythonRun.literal(SCENE)
                + ", frames='1-200', chunk=200)\n"
                + "print('job', job.id)\n"
                + "try:\n"
                + "    job.set_priority(90)\n"
                + "except farmhand.NotAllowed as e:\n"
                + "    print('not allowed', e.code, e)\n"
                + "lead = farmhand.connect(farm=farm.url, key='"
                + farm.credentials().key("studio", "lead")
                + "')\n"
                + "print('lead', lead.role, lead.job(job.id).set_priority(90),"
                + " job.refresh().priority)\n"
                + "print('stopped', [o.done for o in lead.kill([job], hold_first=True)])\n");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().lines().skip(1))
        .hasSize(3)
        .satisfies(
            lines -> {
              assertThat(lines.get(0)).startsWith("not allowed forbidden ").contains("admin");
              assertThat(lines.get(1)).matches("lead admin \\w+ 90");
              assertThat(lines.get(2)).isEqualTo("stopped [True]");
            });
  }

  @Test
  void controlsOnManyJobsAnswerAnOutcomePerJobInOrder() throws Exception {
    PythonRun run =
        python(
            "a = farm.submit("
                + PythonRun.literal(SCENE)
                + ", frames='1-200', chunk=200)\n"
                + "b = farm.submit("
                + PythonRun.literal(SCENE)
                + ", frames='1-200', chunk=200)\n"
                + "print('job', a.id, a.wait('running', timeout=120), b.wait('running', timeout=120))\n"
                + "for o in farm.hold([a, 'j-nope', b.id]):\n"
                + "    print(o.job_id in (a.id, b.id), o.done, o.status, o.code)\n"
                + "for o in farm.kill([a, b], hold_first=True):\n"
                + "    print(o.done, o.status, o.reason)\n");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().lines().skip(1))
        .containsExactly(
            "True True running None",
            "False False None not_found",
            "True True running None",
            "True killed None",
            "True killed None");
  }

  @Test
  void failuresAreThePythonExceptionsWithTheClientsMessages() throws Exception {
    Path lonely = Files.copy(SCENE, folder.resolve("lonely.fhscene"));
    Path blind = Files.createDirectories(folder.resolve("blind/textures")).getParent();
    Files.copy(
        Farms.SCENE_DIR.resolve("textures/checker.png"), blind.resolve("textures/checker.png"));
    blind =
        Files.writeString(
            blind.resolve("blind.fhscene"),
            Files.readString(SCENE).replace("\"renderable\": true", "\"renderable\": false"));
    PythonRun run =
        python(
            "def show(call):\n"
                + "    try:\n"
                + "        call()\n"
                + "    except (farmhand.FarmError, ValueError) as e:\n"
                + "        print(type(e).__name__, '|', e)\n"
                + "show(lambda: farm.job('j-nope'))\n"
                + "show(lambda: farmhand.connect(farm=farm.url, key='fh_wrong'))\n"
                + "show(lambda: farm.submit("
                + PythonRun.literal(lonely)
                + "))\n"
                + "show(lambda: farm.submit_spec({'scene': "
                + PythonRun.literal(SCENE)
                + ", 'renderer': 'sample', 'frames': '1-0x', 'colour': 'red'}))\n"
                + "show(lambda: farm.submit_spec({'scene': "
                + PythonRun.literal(SCENE)
                + ", 'renderer': 'sample', 'frames': '1-x', 'priority': 200}))\n"
                + "show(lambda: farm.jobs(status='finished'))\n"
                + "show(lambda: farm.submit("
                + PythonRun.literal(blind)
                + "))\n"
                + "try:\n"
                + "    farm.submit("
                + PythonRun.literal(lonely)
                + ")\n"
                + "except farmhand.MissingDependencies as e:\n"
                + "    print('missing', [p.endswith('checker.png') for p in e.missing])\n"
                + "job = farm.submit("
                + PythonRun.literal(lonely)
                + ", frames='1', scouts='1', without_missing=True)\n"
                + "print('without', job.title, job.wait('holding,failed', timeout=120), job.id)\n"
                + "show(lambda: job.wait('success', timeout=1))\n");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().lines())
        .containsExactly(
            "NotFound | no job 'j-nope' in this account: list the jobs to see their ids",
            "NotAllowed | the farm at "
                + farm.url()
                + " does not know this key: run farmhand login again with a key the farm issued"
                + " (or check --key and FARMHAND_KEY)",
            "MissingDependencies | 1 dependency is missing, nothing was uploaded: restore it or"
                + " submit without it:",
            "  "
                + folder.resolve("textures/checker.png")
                + " (for textures/checker.png) does not exist",
            "ValueError | the job spec: unknown field [colour]: use chunk, files, frames,"
                + " metadata, output_dir, output_pattern, preemptible, priority, renderer,"
                + " retries_failed, retries_preempted, scene, scene_path, scouts, title",
            "ValueError | the job cannot be sent: frames: frame spec '1-x': 'x' in '1-x' is not a"
                + " frame number (an item is N, A-B or A-BxS, e.g. 7, 1-100 or 1-100x2); priority:"
                + " 200 is out of range: give 0 to 100 (higher runs first)",
            "ValueError | unknown job status 'finished': use one of pending, sync_pending, running,"
                + " holding, success, downloaded, failed, preempted, reviewed, killed",
            "ValueError | plugin 'sample' found a problem with the job, so nothing was sent: fix it"
                + " and submit again:",
            "  metadata.camera: the scene has no renderable camera: set \"renderable\": true on one"
                + " of its cameras",
            "missing [True]",
            "without lonely failed " + jobIdOf(run, "without"),
            "TimedOut | job "
                + jobIdOf(run, "without")
                + " is still Failed after 1 s; it did not reach Success: wait longer with a larger"
                + " timeout");
  }

  @Test
  void eventCallbacksRunOffTheMainThreadPrintToTheScriptAndGoOnAfterRaising() throws Exception {
    PythonRun run =
        python(
            "import Queue, threading\n"
                + "main = threading.current_thread()\n"
                + "everything, only_a, printed = Queue.Queue(), Queue.Queue(), []\n"
                + "def troubled(event):\n"
                + "    everything.put(event)\n"
                + "    if event.type == 'job_created':\n"
                + "        if not printed:\n"
                + "            printed.append(threading.current_thread() is not main)\n"
                + "            print('printed by the callback')\n"
                + "        raise RuntimeError('trouble with ' + event.type)\n"
                + "feed = farm.on_event(troubled)\n"
                + "a = farm.submit("
                + PythonRun.literal(SCENE)
                + ", frames='1-200', chunk=200)\n"
                + "b = farm.submit("
                + PythonRun.literal(SCENE)
                + ", frames='1-200', chunk=200)\n"
                + "a.wait('running', timeout=120), b.wait('running', timeout=120)\n"
                + "with farm.on_event(only_a.put, job=a):\n"
                + "    b.kill(hold_first=True)\n"
                + "    a.kill(hold_first=True)\n"
                + "    seen = [only_a.get(timeout=60)]\n"
                + "    while seen[-1].job_status != 'killed':\n"
                + "        seen.append(only_a.get(timeout=60))\n"
                + "after = [everything.get(timeout=60)]\n"
                + "while (after[-1].job_id, after[-1].job_status) != (a.id, 'killed'):\n"
                + "    after.append(everything.get(timeout=60))\n"
                + "feed.close()\n"
                + "print('only a', set(e.job_id for e in seen) == set([a.id]))\n"
                + "print('off the main thread', printed)\n"
                + "print('still called', len(after) > 2)\n");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().lines())
        .containsExactlyInAnyOrder(
            "printed by the callback",
            "only a True",
            "off the main thread [True]",
            "still called True");
    assertThat(run.err())
        .startsWith(
            "farmhand: the on_event callback raised; the next call still comes:\n"
                + "Traceback (most recent call last):\n")
        .contains("api_script.py\", line 13, in troubled\n")
        .contains("RuntimeError: trouble with job_created\n")
        .doesNotContain("\tat ");
  }
}
