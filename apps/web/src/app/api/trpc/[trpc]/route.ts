import { handleTrpc } from "@/lib/trpcRoute";

export const dynamic = "force-dynamic";

export const GET = handleTrpc;
export const POST = handleTrpc;
