/**
 * How many accounts a board asks for at a time: its first page and each Load more. Its own module, free of the
 * client's code, because the live server preloads the first page with the same size
 * (server/node/first-board-preload.ts) and a preload is used only by a fetch of the same URL.
 */
export const BOARD_PAGE_SIZE = 60;
