// The story's data files (the contract's exports), written at build time as static files.
import { EXPORT_FORMATS } from "@dossier/domain/vocabulary";
import { api, storyIds } from "@/lib/api";

export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  const files = await Promise.all(
    (await storyIds()).flatMap((story) =>
      EXPORT_FORMATS.map(async (format) => ({ story, file: (await api.export.story({ storyId: story, format })).filename })),
    ),
  );
  return files;
}

export async function GET(_request: Request, { params }: { params: Promise<{ story: string; file: string }> }) {
  const { story, file } = await params;
  for (const format of EXPORT_FORMATS) {
    const data = await api.export.story({ storyId: story, format });
    if (data.filename === file) return new Response(data.body, { headers: { "content-type": data.contentType } });
  }
  return new Response("There is no data file with that name.", { status: 404, headers: { "content-type": "text/plain" } });
}
