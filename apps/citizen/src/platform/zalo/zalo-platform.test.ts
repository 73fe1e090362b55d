import { beforeEach, describe, expect, it, vi } from 'vitest';

const sdk = vi.hoisted(() => ({
  chooseImage: vi.fn(),
  getAccessToken: vi.fn(),
  getPhoneNumber: vi.fn(),
  getUserInfo: vi.fn(),
  openShareSheet: vi.fn(),
  openWebview: vi.fn(),
  nativeStorage: { getItem: vi.fn(), setItem: vi.fn(), removeItem: vi.fn() },
}));

vi.mock('zmp-sdk/apis', () => sdk);

const { createZaloPlatform } = await import('./zalo-platform.ts');

beforeEach(() => {
  for (const fn of [sdk.chooseImage, sdk.getAccessToken, sdk.getPhoneNumber, sdk.openShareSheet]) fn.mockReset();
});

describe('Zalo platform', () => {
  it('takes a photo with the back camera and reads it as a blob', async () => {
    sdk.chooseImage.mockResolvedValue({ filePaths: ['https://h5.zdn.vn/tmp/abc/IMG_1.jpg'], tempFiles: [] });
    // The photo's bytes, as Zalo serves the local path (a string body: jsdom's Blob is foreign to fetch's Response).
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('ab'))),
    );
    const picked = await createZaloPlatform().pickFile('camera');
    expect(sdk.chooseImage).toHaveBeenCalledWith({ count: 1, sourceType: ['camera'], cameraType: 'back' });
    expect(picked?.name).toBe('IMG_1.jpg');
    expect(picked?.blob.size).toBe(2);
  });

  it('answers null when the citizen cancels or refuses the camera', async () => {
    sdk.chooseImage.mockRejectedValue({ code: -201 });
    expect(await createZaloPlatform().pickFile('gallery')).toBeNull();
    expect(sdk.chooseImage).toHaveBeenCalledWith({ count: 1, sourceType: ['album'], cameraType: 'back' });
  });

  it('hands the access token and, when shared, the phone token to exchange on the server', async () => {
    sdk.getAccessToken.mockResolvedValue('access');
    sdk.getPhoneNumber.mockResolvedValue({ token: 'phone' });
    expect(await createZaloPlatform().getIdentityTokens()).toEqual({ accessToken: 'access', phoneToken: 'phone' });
    sdk.getPhoneNumber.mockRejectedValue({ code: -201 });
    expect(await createZaloPlatform().getIdentityTokens()).toEqual({ accessToken: 'access' });
    sdk.getAccessToken.mockRejectedValue({ code: -1401 });
    expect(await createZaloPlatform().getIdentityTokens()).toBeNull();
  });

  it('shares through Zalo’s share sheet', async () => {
    sdk.openShareSheet.mockResolvedValue({});
    expect(await createZaloPlatform().share({ title: 'Hồ sơ', url: 'https://x/q/t' })).toBe('shared');
    expect(sdk.openShareSheet).toHaveBeenCalledWith({ type: 'link', data: { link: 'https://x/q/t' } });
  });
});
